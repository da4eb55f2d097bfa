namespace JobForge.Domain.Auth;

/// <summary>
/// Who is calling: an authenticated API key with its tenant (or every tenant, for operators) and its scopes.
/// Scope grants may be exact (<c>events:write</c>), a resource wildcard (<c>events:*</c>, <c>ops:*</c>) or <c>*</c>.
/// </summary>
/// <param name="KeyId">The API key's public id (never the secret).</param>
/// <param name="TenantId">The one tenant the key acts for; null for an operator key that covers every tenant.</param>
/// <param name="Scopes">The granted scopes.</param>
public sealed record Caller(string KeyId, string? TenantId, IReadOnlyList<string> Scopes)
{
    /// <summary>Whether the key acts for every tenant.</summary>
    public bool IsAllTenants => TenantId is null;

    /// <summary>Whether the key may act for <paramref name="tenantId"/>.</summary>
    public bool CoversTenant(string tenantId) => TenantId is null || string.Equals(TenantId, tenantId, StringComparison.Ordinal);

    /// <summary>Whether any grant covers <paramref name="required"/> (exact, <c>resource:*</c> or <c>*</c>).</summary>
    public bool HasScope(string required) => Scopes.Any(granted => ScopeGrant.Covers(granted, required));
}
