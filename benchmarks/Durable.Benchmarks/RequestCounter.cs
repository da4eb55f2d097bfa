using JobForge.Storage.Diagnostics;

namespace JobForge.Durable.Benchmarks;

/// <summary>Counts every storage request: the app's (observer) and the Durable backend's (the same counter as a pipeline policy).</summary>
internal sealed class RequestCounter : IStorageRequestObserver
{
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public void OnRequest(string method, Uri uri) => Interlocked.Increment(ref _total);
}
