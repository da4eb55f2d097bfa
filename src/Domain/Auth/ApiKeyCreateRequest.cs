namespace JobForge.Domain.Auth;

/// <summary>A validated request to create an API key.</summary>
/// <param name="Name">The label, 1–100 printable characters.</param>
/// <param name="TenantId">The tenant; null for every tenant (<c>"*"</c> on the wire).</param>
/// <param name="Scopes">The scopes, each valid, without duplicates.</param>
public sealed record ApiKeyCreateRequest(string Name, string? TenantId, IReadOnlyList<string> Scopes);
