using System.Collections.Concurrent;
using JobForge.Domain.Auth;

namespace JobForge.Storage.Auth;

/// <summary>
/// <see cref="IApiKeyStore"/> in memory, for tests and single-process development. Honours the same contract as
/// <see cref="TableApiKeyStore"/> (the conformance tests run against both). Thread-safe.
/// </summary>
public sealed class InMemoryApiKeyStore : IApiKeyStore
{
    private readonly ConcurrentDictionary<string, ApiKeyRecord> _keys = new(StringComparer.Ordinal);

    /// <summary>How many point reads (<see cref="GetAsync"/>) were made; lets tests prove caching and short-circuits.</summary>
    public int GetCount => Volatile.Read(ref _getCount);

    private int _getCount;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The record's key id is not in the <see cref="ApiKeyToken"/> format.</exception>
    public Task<bool> CreateAsync(ApiKeyRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!ApiKeyToken.IsKeyId(record.KeyId))
        {
            throw new ArgumentException($"A key id is {ApiKeyToken.KeyIdLength} lowercase hex characters.", nameof(record));
        }

        return Task.FromResult(_keys.TryAdd(record.KeyId, record with { Scopes = [.. record.Scopes] }));
    }

    /// <inheritdoc />
    public Task<ApiKeyRecord?> GetAsync(string keyId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _getCount);
        return Task.FromResult(ApiKeyToken.IsKeyId(keyId) && _keys.TryGetValue(keyId, out var record) ? record : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string? tenantId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ApiKeyRecord> list = _keys.Values
            .Where(record => tenantId is null || string.Equals(record.TenantText, tenantId, StringComparison.Ordinal))
            .OrderBy(record => record.KeyId, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task<ApiKeyRecord?> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        while (ApiKeyToken.IsKeyId(keyId) && _keys.TryGetValue(keyId, out var current))
        {
            if (current.IsRevoked)
            {
                return Task.FromResult<ApiKeyRecord?>(current);
            }

            var revoked = current with { RevokedAt = at };
            if (_keys.TryUpdate(keyId, revoked, current))
            {
                return Task.FromResult<ApiKeyRecord?>(revoked);
            }
        }

        return Task.FromResult<ApiKeyRecord?>(null);
    }
}
