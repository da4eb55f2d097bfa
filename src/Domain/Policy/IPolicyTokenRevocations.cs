namespace JobForge.Domain.Policy;

/// <summary>
/// The shared list of issued and revoked policy token ids, so a revocation holds on every server. One row per
/// <c>jti</c> with its expiry, so rows of expired tokens can be swept.
/// </summary>
public interface IPolicyTokenRevocations
{
    /// <summary>Remembers an issued token (its tenant and expiry) so a tenant-checked revocation can find it.</summary>
    Task RecordIssuedAsync(PolicyTokenRecord record, CancellationToken cancellationToken = default);

    /// <summary>The record for <paramref name="jti"/>, or null when it was never recorded (or was swept).</summary>
    Task<PolicyTokenRecord?> GetAsync(string jti, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes the token of <paramref name="record"/> at <paramref name="at"/> (creating the row if missing); returns
    /// the stored record, whose <see cref="PolicyTokenRecord.RevokedAt"/> is the first revocation time when repeated.
    /// </summary>
    Task<PolicyTokenRecord> RevokeAsync(PolicyTokenRecord record, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="jti"/> is revoked.</summary>
    Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken = default);

    /// <summary>Deletes the rows of tokens that expired before <paramref name="before"/>; returns how many.</summary>
    Task<int> SweepExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
