namespace JobForge.Domain.Policy;

/// <summary>What the revocation store keeps about one token: never the token itself.</summary>
/// <param name="Jti">The token id.</param>
/// <param name="TenantId">The token's tenant (for tenant-checked revocation).</param>
/// <param name="ExpiresAt">When the token expires; the row may be swept a clock skew after that.</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
public sealed record PolicyTokenRecord(string Jti, string TenantId, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt = null)
{
    /// <summary>Whether the token is revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;
}
