using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <content>
/// Retention: for each registered tenant, the expired <c>e|</c> rows are deleted together with their dedupe rows (one
/// batch per up to 50 events), so a dedupe key lives exactly as long as its event. Outbox rows are left to the dispatcher.
/// </content>
public sealed partial class TableEventStore
{
    private static readonly string[] s_retentionSelect =
        ["PartitionKey", "RowKey", "EventId", "EventType", "IsClientSuppliedEventId", EventEntities.DocumentPrefix + "Blob"];

    /// <inheritdoc />
    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, int maxEvents, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEvents);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        await foreach (var tenantId in RegisteredTenantsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (deleted >= maxEvents)
            {
                break;
            }

            var filter = TableFilter.And(
                TableFilter.Equal("PartitionKey", tenantId),
                TableFilter.GreaterThanOrEqual("RowKey", EventRowKeys.EventPrefix),
                TableFilter.LessThan("RowKey", EventRowKeys.EventPrefixEnd),
                TableFilter.LessThan("ExpiresAt", now));
            var expired = new List<TableEntity>();
            await foreach (var entity in _events.QueryEntitiesAsync(filter, s_retentionSelect, null, cancellationToken).ConfigureAwait(false))
            {
                expired.Add(entity);
                if (deleted + expired.Count >= maxEvents)
                {
                    break;
                }
            }

            foreach (var chunk in expired.Chunk(TableClientOperations.MaxTransactionActions / 2))
            {
                await DeleteEventsAsync(tenantId, chunk, cancellationToken).ConfigureAwait(false);
                deleted += chunk.Length;
            }
        }

        return deleted;
    }

    private async Task DeleteEventsAsync(string tenantId, IReadOnlyList<TableEntity> events, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>();
        foreach (var row in events)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(tenantId, row.RowKey!)));
            if (row.GetBoolean("IsClientSuppliedEventId") == true)
            {
                var dedupeKey = EventRowKeys.Dedupe(row.GetString("EventType")!, row.GetString("EventId")!);
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(tenantId, dedupeKey)));
            }
        }

        await DeleteToleratingMissingAsync(actions, cancellationToken).ConfigureAwait(false);
        foreach (var row in events)
        {
            if (EventDocumentCodec.BlobNameOf(row, EventEntities.DocumentPrefix) is { } blob)
            {
                await _blobs.DeleteBlobIfExistsAsync(blob, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Submits deletes of one partition; an entity already gone (404, another sweeper) is dropped and the rest resubmitted.</summary>
    private async Task DeleteToleratingMissingAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        while (actions.Count > 0)
        {
            try
            {
                await _events.SubmitPartitionTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404 && ex.FailedTransactionActionIndex is { } index && index < actions.Count)
            {
                actions.RemoveAt(index);
            }
            catch (Azure.RequestFailedException ex)
            {
                Log.RetentionDeleteFailed(_logger, actions.Count, ex.Status, ex.ErrorCode, ex);
                throw;
            }
        }
    }

    private async IAsyncEnumerable<string> RegisteredTenantsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableFilter.Equal("PartitionKey", TenantsPartition);
        await foreach (var entity in _tenants.QueryEntitiesAsync(filter, ["RowKey"], null, cancellationToken).ConfigureAwait(false))
        {
            yield return entity.RowKey!;
        }
    }
}
