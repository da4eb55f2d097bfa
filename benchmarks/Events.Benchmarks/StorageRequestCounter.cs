using JobForge.Storage.Diagnostics;

namespace JobForge.Events.Benchmarks;

/// <summary>Counts the server's storage requests (every retry included).</summary>
internal sealed class StorageRequestCounter : IStorageRequestObserver
{
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public void OnRequest(string method, Uri uri) => Interlocked.Increment(ref _total);
}
