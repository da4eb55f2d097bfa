using System.Collections.Concurrent;
using JobForge.Domain.Policy;

namespace JobForge.Storage.Policy;

/// <summary>
/// <see cref="IPolicyTokenRevocations"/> in memory, for tests and single-process development; it honours the same
/// contract as <see cref="TablePolicyTokenRevocations"/> (the conformance tests run against both). Thread-safe.
/// </summary>
public sealed class InMemoryPolicyTokenRevocations : IPolicyTokenRevocations
{
    private readonly ConcurrentDictionary<string, PolicyTokenRecord> _records = new(StringComparer.Ordinal);

    /// <summary>How many <see cref="IsRevokedAsync"/> reads were made; lets tests prove caching.</summary>
    public int ReadCount => Volatile.Read(ref _readCount);

    private int _readCount;

    /// <inheritdoc />
    public Task RecordIssuedAsync(PolicyTokenRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records.TryAdd(record.Jti, record with { RevokedAt = null });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PolicyTokenRecord?> GetAsync(string jti, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.TryGetValue(jti, out var record) ? record : null);

    /// <inheritdoc />
    public Task<PolicyTokenRecord> RevokeAsync(PolicyTokenRecord record, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = _records.AddOrUpdate(
            record.Jti,
            _ => record with { RevokedAt = at },
            (_, existing) => existing.IsRevoked ? existing : existing with { RevokedAt = at });
        return Task.FromResult(stored);
    }

    /// <inheritdoc />
    public Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _readCount);
        return Task.FromResult(_records.TryGetValue(jti, out var record) && record.IsRevoked);
    }

    /// <inheritdoc />
    public Task<int> SweepExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var swept = 0;
        foreach (var (jti, record) in _records)
        {
            if (record.ExpiresAt < before && _records.TryRemove(new KeyValuePair<string, PolicyTokenRecord>(jti, record)))
            {
                swept++;
            }
        }

        return Task.FromResult(swept);
    }
}
