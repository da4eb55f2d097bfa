namespace JobForge.Storage.Tables;

/// <content>Create-on-first-use, for stores that should not need a set-up step.</content>
public sealed partial class TableClient
{
    private readonly SemaphoreSlim _ensureGate = new(1, 1);
    private volatile bool _knownToExist;

    /// <summary>
    /// Creates the table the first time it is called on this client (one request, however many callers race) and costs
    /// nothing afterwards. A failure is not remembered: the next call tries again.
    /// </summary>
    public async Task EnsureExistsAsync(CancellationToken cancellationToken = default)
    {
        if (_knownToExist)
        {
            return;
        }

        await _ensureGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_knownToExist)
            {
                await CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _knownToExist = true;
            }
        }
        finally
        {
            _ensureGate.Release();
        }
    }
}
