namespace JobForge.Application.Policy;

/// <summary>The 200 body of <c>POST /api/v1/policy-tokens/{jti}/revoke</c>.</summary>
/// <param name="Jti">The token id.</param>
/// <param name="TenantId">Its tenant.</param>
/// <param name="RevokedAt">When it was first revoked.</param>
/// <param name="ExpiresAt">When it expires anyway.</param>
public sealed record PolicyTokenRevokedResponse(string Jti, string TenantId, DateTimeOffset RevokedAt, DateTimeOffset ExpiresAt);
