using System.Collections.Concurrent;
using JobForge.Storage.Diagnostics;

namespace JobForge.Bench.Common;

/// <summary>
/// Counts storage requests (every retry included): in total and, unless switched off, by method and table/container
/// (the first path segment after the account).
/// </summary>
/// <param name="byTarget">Whether to count by target too (off where only the total is reported, to keep the hot path lean).</param>
public sealed class StorageRequestCounter(bool byTarget = true) : IStorageRequestObserver
{
    private long _total;

    /// <summary>The requests counted so far.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>The requests by <c>"{method} {table or container}"</c> (empty when counting by target is off).</summary>
    public ConcurrentDictionary<string, long> ByTarget { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void OnRequest(string method, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        Interlocked.Increment(ref _total);
        if (!byTarget)
        {
            return;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = segments.Length > 1 ? segments[1] : "(account)";
        var paren = target.IndexOf('(', StringComparison.Ordinal);
        ByTarget.AddOrUpdate(method + " " + (paren > 0 ? target[..paren] : target), 1, (_, n) => n + 1);
    }

    /// <summary>A copy of <see cref="ByTarget"/>.</summary>
    public Dictionary<string, long> Snapshot() => new(ByTarget);

    /// <summary>Starts counting from zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        ByTarget.Clear();
    }
}
