namespace JobForge.Storage.Tables;

/// <summary>
/// Runs a create-if-not-exists call once per owner: concurrent callers share one request, a success is remembered, a
/// failure is not (the next call tries again).
/// </summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    /// <summary>Creates unless already done.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                await create(cancellationToken).ConfigureAwait(false);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
