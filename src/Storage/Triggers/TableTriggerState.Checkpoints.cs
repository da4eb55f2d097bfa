using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <content>Cron checkpoints.</content>
public sealed partial class TableTriggerState
{
    /// <inheritdoc />
    async Task<TriggerCheckpoint?> ITriggerCheckpoints.GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(Partition(tenantId, triggerId), CheckpointRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity?.GetDateTimeOffset("HandledThrough") is { } through ? new TriggerCheckpoint(through, entity.ETag.ToString()) : null;
    }

    /// <inheritdoc />
    public async Task<TriggerCheckpoint?> TryAdvanceAsync(
        string tenantId, string triggerId, TriggerCheckpoint? read, DateTimeOffset handledThrough, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition(tenantId, triggerId), CheckpointRow) { ["HandledThrough"] = handledThrough };
        var etag = await ConditionalAsync(entity, read?.Version, cancellationToken).ConfigureAwait(false);
        return etag is { } written ? new TriggerCheckpoint(handledThrough, written.ToString()) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredCheckpoint> ScanAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal("RowKey", CheckpointRow), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var partition = entity.PartitionKey ?? "";
            var split = partition.IndexOf('|', StringComparison.Ordinal);
            if (split > 0 && entity.GetDateTimeOffset("HandledThrough") is { } through)
            {
                yield return new StoredCheckpoint(partition[..split], partition[(split + 1)..], new TriggerCheckpoint(through, entity.ETag.ToString()));
            }
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await _table.DeleteEntityIfExistsAsync(Partition(tenantId, triggerId), CheckpointRow, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
