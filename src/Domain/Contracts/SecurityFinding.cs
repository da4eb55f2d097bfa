namespace JobForge.Domain.Contracts;

/// <summary>A secret-like value found in a contract. The message shows at most a short masked preview (<see cref="SecretMask.Preview"/>).</summary>
/// <param name="Path">The JSON path of the value.</param>
/// <param name="Rule">A stable rule id from <see cref="SecurityRules"/>.</param>
/// <param name="Message">What was found and what to do; it never holds the secret.</param>
public sealed record SecurityFinding(string Path, string Rule, string Message);
