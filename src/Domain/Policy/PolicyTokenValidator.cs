namespace JobForge.Domain.Policy;

/// <summary>
/// Decides whether a policy token allows a <see cref="PolicyCheck"/>, never throwing on input. Checks run in this order,
/// and the first failure is the reason: format → signature (over the raw payload segment, before its JSON is read, so
/// a forged token learns only <c>invalid_signature</c>) → payload → time (±<see cref="PolicyTokenLimits.ClockSkew"/>)
/// → revocation → tenant → project → actor → action → scopes.
/// </summary>
public sealed class PolicyTokenValidator
{
    private readonly PolicyTokenKeyRing _keys;
    private readonly IPolicyTokenRevocations _revocations;

    /// <summary>A validator over <paramref name="keys"/> and <paramref name="revocations"/>.</summary>
    public PolicyTokenValidator(PolicyTokenKeyRing keys, IPolicyTokenRevocations revocations)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _revocations = revocations ?? throw new ArgumentNullException(nameof(revocations));
    }

    /// <summary>Validates <paramref name="token"/> for <paramref name="check"/> at <paramref name="now"/>.</summary>
    public async Task<PolicyDecision> ValidateAsync(string? token, PolicyCheck check, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!PolicyTokenCodec.TrySplit(token, out var payload, out var signature))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.InvalidFormat,
                "A policy token is '<payload>.<signature>' in base64url without padding, at most " + PolicyTokenLimits.MaxTokenLength + " characters.");
        }

        if (!PolicyTokenCodec.VerifySignature(payload, signature, _keys))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.InvalidSignature, "The token's signature does not match any configured secret.");
        }

        if (!PolicyTokenCodec.TryParseClaims(payload, out var claims, out var problem))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.InvalidPayload, problem);
        }

        if (CheckTime(claims!, now) is { } timeDenial)
        {
            return timeDenial;
        }

        if (await _revocations.IsRevokedAsync(claims!.Jti, cancellationToken).ConfigureAwait(false))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.Revoked, "The token was revoked.", claims);
        }

        return Authorize(claims, check);
    }

    /// <summary>The tenant, project, actor, action and scope checks of already verified <paramref name="claims"/>.</summary>
    public static PolicyDecision Authorize(PolicyTokenClaims claims, PolicyCheck check)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(check);
        if (!string.Equals(claims.TenantId, check.TenantId, StringComparison.Ordinal))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.TenantMismatch, "The token is for another tenant.", claims);
        }

        if (claims.ProjectId is not null && !string.Equals(claims.ProjectId, check.ProjectId, StringComparison.Ordinal))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.ProjectMismatch, "The token is for another project.", claims);
        }

        // Every token names its actor (act), so a request must name the same one: a check without an actor is denied
        // rather than waved through (callers default the actor to the API key's identity).
        if (!string.Equals(claims.ActorId, check.ActorId, StringComparison.Ordinal))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.ActorMismatch,
                check.ActorId is null ? "The token is for a named actor and the request names none." : "The token is for another actor.", claims);
        }

        if (!string.Equals(claims.Action, check.Action, StringComparison.Ordinal))
        {
            return PolicyDecision.Deny(PolicyDenyReasons.ActionMismatch,
                "Expected action '" + check.Action + "', but the token is for '" + claims.Action + "'.", claims);
        }

        var missing = check.RequiredScopes
            .Where(required => !claims.Scopes.Any(granted => Auth.ScopeGrant.Covers(granted, required)))
            .ToList();
        return missing.Count == 0
            ? PolicyDecision.Allow(claims)
            : PolicyDecision.Deny(PolicyDenyReasons.MissingScopes, "Missing scopes: " + string.Join(", ", missing) + ".", claims);
    }

    private static PolicyDecision? CheckTime(PolicyTokenClaims claims, DateTimeOffset now)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        var skew = (long)PolicyTokenLimits.ClockSkew.TotalSeconds;
        if (nowSeconds > claims.ExpiresAt + skew)
        {
            return PolicyDecision.Deny(PolicyDenyReasons.Expired, "The token expired at " + claims.ExpiresAtTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + ".", claims);
        }

        return claims.IssuedAt > nowSeconds + skew
            ? PolicyDecision.Deny(PolicyDenyReasons.IssuedInFuture, "The token's 'iat' is in the future beyond the allowed clock skew.", claims)
            : null;
    }
}
