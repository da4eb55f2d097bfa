namespace JobForge.Application.Contracts;

/// <summary>The answer to a registered contract (201 new version, 200 same version and content).</summary>
/// <param name="TemplateKey">The key.</param>
/// <param name="Version">The stored version, now the latest.</param>
/// <param name="Warnings">Permission warnings (scopes broader than the steps need, …); empty when none.</param>
public sealed record ContractRegistrationResponse(string TemplateKey, string Version, IReadOnlyList<ContractProblem> Warnings);
