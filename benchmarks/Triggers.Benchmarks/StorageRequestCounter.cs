using System.Collections.Concurrent;
using JobForge.Storage.Diagnostics;

namespace JobForge.Triggers.Benchmarks;

/// <summary>Counts storage requests, in total and by method and table/container (the first path segment after the account).</summary>
internal sealed class StorageRequestCounter : IStorageRequestObserver
{
    private long _total;

    public ConcurrentDictionary<string, long> ByTarget { get; } = new(StringComparer.Ordinal);

    public long Total => Interlocked.Read(ref _total);

    public void OnRequest(string method, Uri uri)
    {
        Interlocked.Increment(ref _total);
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = segments.Length > 1 ? segments[1] : "(account)";
        var paren = target.IndexOf('(', StringComparison.Ordinal);
        var table = paren > 0 ? target[..paren] : target;
        ByTarget.AddOrUpdate(method + " " + table, 1, (_, n) => n + 1);
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        ByTarget.Clear();
    }
}
