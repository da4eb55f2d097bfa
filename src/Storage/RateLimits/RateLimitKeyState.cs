namespace JobForge.Storage.RateLimits;

/// <summary>One key's count in its current window, as this server knows it. Fields are guarded by <see cref="Gate"/>.</summary>
internal sealed class RateLimitKeyState(string partitionKey)
{
    public object Gate { get; } = new();

    /// <summary>Serialises this key's synchronisations, so each writes the latest own count before it reads.</summary>
    public SemaphoreSlim SyncLock { get; } = new(1, 1);

    public string PartitionKey { get; } = partitionKey;

    /// <summary>The window (minutes since the Unix epoch) the counts below belong to.</summary>
    public long Window { get; set; } = -1;

    /// <summary>The key's limit per window, as of the last request.</summary>
    public int Limit { get; set; }

    /// <summary>Permits this server has granted (or holds reserved) in the window.</summary>
    public int Own { get; set; }

    /// <summary>The other servers' sum at the last synchronisation.</summary>
    public int Others { get; set; }

    /// <summary><see cref="Own"/> as written at the last synchronisation.</summary>
    public int OwnAtSync { get; set; }

    /// <summary>How many permits may be granted locally after the last synchronisation before synchronising again.</summary>
    public int FastBudget { get; set; }

    public DateTimeOffset LastSync { get; set; } = DateTimeOffset.MinValue;

    /// <summary>After a failed synchronisation, decisions stay local until then.</summary>
    public DateTimeOffset SyncRetryAt { get; set; } = DateTimeOffset.MinValue;

    public bool BackgroundSyncRunning { get; set; }

    public void Reset(long window)
    {
        (Window, Own, Others, OwnAtSync, FastBudget) = (window, 0, 0, 0, 0);
        (LastSync, SyncRetryAt) = (DateTimeOffset.MinValue, DateTimeOffset.MinValue);
    }
}
