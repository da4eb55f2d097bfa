namespace JobForge.Application.Contracts;

/// <summary>One problem or warning of a registered contract, as the API shows it.</summary>
/// <param name="Path">The JSON path of the field concerned (<c>$.steps[1].with.url</c>).</param>
/// <param name="Code">A stable code (validation code, <c>hardcoded_secret</c>, or a permission code).</param>
/// <param name="Message">What is wrong; never the secret itself.</param>
/// <param name="Rule">For security findings, the scanner rule (<c>aws_access_key</c>, …).</param>
public sealed record ContractProblem(string Path, string Code, string Message, string? Rule = null);
