using System.Collections.Concurrent;
using JobForge.Domain.Auth;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Auth;

/// <summary>
/// Keys read from storage, kept for <see cref="ApiKeyAuthOptions.KeyCacheDuration"/> so that a revoked key stops
/// working on every server within that time (revoked ones too: revocation is final). Ids that do not exist are
/// remembered for <see cref="ApiKeyAuthOptions.NegativeCacheDuration"/>, so probing unknown ids is neither slower than a
/// wrong secret (a timing oracle) nor a storage read each time. Bounded by <see cref="ApiKeyAuthOptions.KeyCacheSize"/>: when full, expired
/// entries are dropped, and if that is not enough the whole cache is cleared. Thread-safe.
/// </summary>
public sealed class ApiKeyCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly TimeSpan _negativeDuration;
    private readonly int _maxEntries;

    /// <summary>A cache timed by <paramref name="time"/>.</summary>
    public ApiKeyCache(TimeProvider time, IOptions<ApiKeyAuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _duration = options.Value.KeyCacheDuration;
        _negativeDuration = options.Value.NegativeCacheDuration;
        _maxEntries = options.Value.KeyCacheSize;
    }

    /// <summary>How many entries are held (expired ones included until pruned).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Whether <paramref name="keyId"/> is cached and not expired: <paramref name="record"/> is the key, or null when
    /// the id is remembered as not existing.
    /// </summary>
    public bool TryGet(string keyId, out ApiKeyRecord? record)
    {
        if (_entries.TryGetValue(keyId, out var entry) && entry.ExpiresAt > _time.GetUtcNow())
        {
            record = entry.Record;
            return true;
        }

        record = null;
        return false;
    }

    /// <summary>Caches <paramref name="record"/> (no-op when the duration is zero).</summary>
    public void Set(ApiKeyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Put(record.KeyId, record, _duration);
    }

    /// <summary>Remembers that <paramref name="keyId"/> does not exist (no-op when the negative duration is zero).</summary>
    public void SetMissing(string keyId)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        Put(keyId, null, _negativeDuration);
    }

    private void Put(string keyId, ApiKeyRecord? record, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (_entries.Count >= _maxEntries && !_entries.ContainsKey(keyId))
        {
            foreach (var (id, entry) in _entries)
            {
                if (entry.ExpiresAt <= now)
                {
                    _entries.TryRemove(id, out _);
                }
            }

            if (_entries.Count >= _maxEntries)
            {
                _entries.Clear();
            }
        }

        _entries[keyId] = new Entry(record, now + duration);
    }

    /// <summary>Forgets <paramref name="keyId"/> (after revoking it on this server).</summary>
    public void Remove(string keyId) => _entries.TryRemove(keyId, out _);

    private sealed record Entry(ApiKeyRecord? Record, DateTimeOffset ExpiresAt);
}
