using System.Collections.Concurrent;
using JobForge.Domain.Policy;

namespace JobForge.Application.Policy;

/// <summary>
/// A short cache in front of the shared <see cref="IPolicyTokenRevocations"/>: a "not revoked" answer is reused for at
/// most <see cref="PolicyTokenOptions.RevocationCacheDuration"/> (≤ 5 s), a "revoked" answer for good (revocation is
/// final). A revocation made through this instance is seen by it at once; other servers see it within the cache time.
/// Bounded: past <see cref="MaxEntries"/> the cache starts over. Thread-safe.
/// </summary>
public sealed class CachedPolicyTokenRevocations : IPolicyTokenRevocations
{
    /// <summary>The most cached ids.</summary>
    public const int MaxEntries = 50_000;

    private readonly IPolicyTokenRevocations _inner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly ConcurrentDictionary<string, (bool Revoked, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    /// <summary>A cache over <paramref name="inner"/> keeping answers for <paramref name="duration"/>.</summary>
    public CachedPolicyTokenRevocations(IPolicyTokenRevocations inner, TimeProvider time, TimeSpan duration)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _duration = duration;
    }

    /// <summary>The store behind the cache.</summary>
    public IPolicyTokenRevocations Inner => _inner;

    /// <inheritdoc />
    public Task RecordIssuedAsync(PolicyTokenRecord record, CancellationToken cancellationToken = default) =>
        _inner.RecordIssuedAsync(record, cancellationToken);

    /// <inheritdoc />
    public Task<PolicyTokenRecord?> GetAsync(string jti, CancellationToken cancellationToken = default) =>
        _inner.GetAsync(jti, cancellationToken);

    /// <inheritdoc />
    public async Task<PolicyTokenRecord> RevokeAsync(PolicyTokenRecord record, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = await _inner.RevokeAsync(record, at, cancellationToken).ConfigureAwait(false);
        Remember(record.Jti, revoked: true);
        return stored;
    }

    /// <inheritdoc />
    public async Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jti);
        if (_entries.TryGetValue(jti, out var entry) && (entry.Revoked || entry.Until > _time.GetUtcNow()))
        {
            return entry.Revoked;
        }

        var revoked = await _inner.IsRevokedAsync(jti, cancellationToken).ConfigureAwait(false);
        if (revoked || _duration > TimeSpan.Zero)
        {
            Remember(jti, revoked);
        }

        return revoked;
    }

    /// <inheritdoc />
    public Task<int> SweepExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        _inner.SweepExpiredAsync(before, cancellationToken);

    private void Remember(string jti, bool revoked)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[jti] = (revoked, _time.GetUtcNow() + _duration);
    }
}
