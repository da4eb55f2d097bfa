using Azure;
using JobForge.Domain.Triggers;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Triggers;

/// <content>Cron checkpoints.</content>
public sealed partial class TableTriggerState
{
    /// <summary>The version of a checkpoint read from the layout before shards (not an ETag of the new row).</summary>
    private const string LegacyVersion = "legacy-layout";

    /// <inheritdoc />
    async Task<TriggerCheckpoint?> ITriggerCheckpoints.GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(Partition(tenantId, triggerId), Row(triggerId, CheckpointRow), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            // A checkpoint written before the sharded layout still holds: no slot it covers fires again. Its version says
            // so; the next advance inserts it in the new layout (a concurrent insert by another server loses with 409).
            var legacy = await _table.FindEntityAsync(LegacyPartition(tenantId, triggerId), CheckpointRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            return legacy?.GetDateTimeOffset("HandledThrough") is { } before ? new TriggerCheckpoint(before, LegacyVersion) : null;
        }

        return entity.GetDateTimeOffset("HandledThrough") is { } through ? new TriggerCheckpoint(through, entity.ETag.ToString()) : null;
    }

    /// <inheritdoc />
    public async Task<TriggerCheckpoint?> TryAdvanceAsync(
        string tenantId, string triggerId, TriggerCheckpoint? read, DateTimeOffset handledThrough, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition(tenantId, triggerId), Row(triggerId, CheckpointRow))
        {
            [KindProperty] = CheckpointRow,
            ["TriggerId"] = triggerId,
            ["HandledThrough"] = handledThrough,
            [WriteIdProperty] = NewWriteId(),
        };
        var etag = await ConditionalAsync(entity, read?.Version is { } version && version != LegacyVersion ? version : null, cancellationToken).ConfigureAwait(false);
        return etag is { } written ? new TriggerCheckpoint(handledThrough, written.ToString()) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredCheckpoint> ScanAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal(KindProperty, CheckpointRow), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (TriggerStatePartitions.TenantOf(entity.PartitionKey ?? "") is { } tenant && entity.GetString("TriggerId") is { } trigger
                && entity.GetDateTimeOffset("HandledThrough") is { } through)
            {
                yield return new StoredCheckpoint(tenant, trigger, new TriggerCheckpoint(through, entity.ETag.ToString()));
            }
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var key = new TableEntity(Partition(tenantId, triggerId), Row(triggerId, CheckpointRow));
        await _writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.Delete, key, ETag.All), cancellationToken).ConfigureAwait(false);
    }
}
