namespace JobForge.Domain.Events;

/// <summary>One problem with a request, for the <c>details</c> of a <c>validation_failed</c> error.</summary>
/// <param name="Path">
/// Where the problem is: a JSON path into the body (<c>$.tenant_id</c>, <c>$.payload.items[3]</c>,
/// <c>$['odd key']</c>), <c>header:Idempotency-Key</c> for a request header, or a bare query parameter name
/// (<c>limit</c>).
/// </param>
/// <param name="Code">A stable machine code from <see cref="ValidationProblemCodes"/>.</param>
/// <param name="Message">A human-readable explanation. It never contains stack traces or parser internals.</param>
public sealed record ValidationProblem(string Path, string Code, string Message);
