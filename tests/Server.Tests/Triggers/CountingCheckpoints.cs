using JobForge.Domain.Triggers;

namespace JobForge.Server.Tests.Triggers;

/// <summary>Checkpoints that count their writes and can be made to fail them (storage gone at the moment of the write).</summary>
internal sealed class CountingCheckpoints(ITriggerCheckpoints inner) : ITriggerCheckpoints
{
    private int _advances;

    public int Advances => Volatile.Read(ref _advances);

    public volatile bool FailAdvances;

    public Task<TriggerCheckpoint?> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default) =>
        inner.GetAsync(tenantId, triggerId, cancellationToken);

    public Task<TriggerCheckpoint?> TryAdvanceAsync(string tenantId, string triggerId, TriggerCheckpoint? read, DateTimeOffset handledThrough, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _advances);
        return FailAdvances
            ? Task.FromException<TriggerCheckpoint?>(new HttpRequestException("Connection refused (127.0.0.1:10000)"))
            : inner.TryAdvanceAsync(tenantId, triggerId, read, handledThrough, cancellationToken);
    }

    public IAsyncEnumerable<StoredCheckpoint> ScanAsync(CancellationToken cancellationToken = default) => inner.ScanAsync(cancellationToken);

    public Task DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default) => inner.DeleteAsync(tenantId, triggerId, cancellationToken);
}
