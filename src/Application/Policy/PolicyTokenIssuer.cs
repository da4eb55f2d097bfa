using JobForge.Domain.Policy;

namespace JobForge.Application.Policy;

/// <summary>Mints policy tokens with the signing secret, the injected clock and id source, and records each issued id.</summary>
public sealed class PolicyTokenIssuer(PolicyTokenKeyRing keys, IPolicyTokenRevocations revocations, IPolicyTokenIdSource ids, TimeProvider time)
{
    /// <summary>Whether a signing secret is configured.</summary>
    public bool CanIssue => keys.IsConfigured;

    /// <summary>Mints a token for <paramref name="issue"/> lasting <paramref name="lifetime"/> (at most 24 hours).</summary>
    /// <exception cref="InvalidOperationException">No secret is configured (check <see cref="CanIssue"/>).</exception>
    public async Task<(string Token, PolicyTokenClaims Claims)> IssueAsync(PolicyTokenIssue issue, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, PolicyTokenLimits.MaxLifetime);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var claims = new PolicyTokenClaims(
            ids.NewTokenId(), PolicyTokenLimits.Version, now, now + (long)lifetime.TotalSeconds, issue.TenantId, issue.ProjectId,
            issue.ActorId, [.. issue.Scopes], issue.Action, issue.Resource, issue.Context);
        var token = PolicyTokenCodec.Encode(claims, keys.SigningKey);
        await revocations.RecordIssuedAsync(new PolicyTokenRecord(claims.Jti, claims.TenantId, claims.ExpiresAtTime), cancellationToken).ConfigureAwait(false);
        return (token, claims);
    }
}
