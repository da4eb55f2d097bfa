using System.Text.Json.Serialization;

namespace JobForge.Application.Errors;

/// <summary>The content of an <see cref="ErrorEnvelope"/>.</summary>
/// <param name="Type">The stable error type, e.g. <c>validation_failed</c>.</param>
/// <param name="Message">What went wrong, for a person; never a stack trace or a secret.</param>
/// <param name="Details">Structured details (for validation: each problem with its JSON path); an empty object when there are none.</param>
/// <param name="Timestamp">When the error was produced (UTC).</param>
/// <param name="TraceId">The W3C trace id that finds the server's log lines for this request.</param>
public sealed record ErrorBody(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("details")] object? Details,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("trace_id")] string TraceId);
