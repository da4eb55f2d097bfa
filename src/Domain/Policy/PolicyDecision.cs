namespace JobForge.Domain.Policy;

/// <summary>The answer to a <see cref="PolicyCheck"/>.</summary>
/// <param name="Allowed">Whether the token allows the check.</param>
/// <param name="Reason">Null when allowed; otherwise one of <see cref="PolicyDenyReasons"/>.</param>
/// <param name="Detail">A human-readable explanation naming what differed; never the token.</param>
/// <param name="Claims">The claims, only when the signature verified and the claims parsed.</param>
public sealed record PolicyDecision(bool Allowed, string? Reason, string? Detail, PolicyTokenClaims? Claims)
{
    /// <summary>An allow for <paramref name="claims"/>.</summary>
    public static PolicyDecision Allow(PolicyTokenClaims claims) => new(true, null, null, claims);

    /// <summary>A deny for <paramref name="reason"/>.</summary>
    public static PolicyDecision Deny(string reason, string detail, PolicyTokenClaims? claims = null) => new(false, reason, detail, claims);
}
