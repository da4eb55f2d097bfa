using Azure;
using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <content>
/// Recognising the batcher's own writes behind a conflict. Azure.Core retries a request whose answer it did not get (a
/// network timeout, a reset connection), entity group transactions and conditional updates included; when the first
/// attempt had landed, the retry meets 409 EntityAlreadyExists (an add) or 412 UpdateConditionNotSatisfied (an update:
/// the landed write moved the ETag) on the batcher's own rows. Only on that path, the batcher reads the rows back (the
/// refused one by a point read; the others, only if that one matches, by queries of up to 14 RowKeys) and, when every
/// action's row is exactly what it sent — an add or a replace: the same properties and values, nothing more; a merge:
/// every property it sent with the same value; a delete: absent — answers every write as applied, with the stored ETag.
/// A transaction applies all or nothing, so all rows as sent mean it landed whole; one row otherwise means the conflict
/// is real, and it is reported as before. Any failure of the read-back reports the conflict too.
/// <para>
/// Why "stored as sent" proves the write was ours and not another writer's identical one: every row written through a
/// batcher carries something only its writer writes. Added rows have keys only their writer uses (a generated run id, a
/// claim naming that run id, a decision RowKey with a per-process sequence). Trigger counters and checkpoints, which two
/// servers deciding the same fire or advancing to the same instant could otherwise write identically from the same read,
/// carry a fresh <c>WriteId</c> per write (<see cref="Triggers.TableTriggerState"/>), so the loser of that race still
/// gets its conflict. A run's execution row names the lease owner and its expiry to the tick with the state and inbox;
/// a signal appended to the inbox names who sent it and when, to the tick: another writer storing the very same values
/// would have had to decide the very same thing, and the caller's re-read after a conflict would find its wish done.
/// Upserts never conflict, and a delete of an absent row already counts as done.
/// </para>
/// </content>
public sealed partial class TablePartitionBatcher
{
    /// <summary>RowKeys per read-back query: Azure allows 15 comparisons in a filter, and one is the PartitionKey.</summary>
    private const int RowsPerQuery = 14;

    /// <summary>
    /// After <paramref name="actions"/> (one transaction, or one write) were refused with <paramref name="status"/> at
    /// <paramref name="refused"/>: each action's stored ETag (default for a delete) when every row is as the action left
    /// it, so they landed on an earlier attempt whose answer was lost; null when the conflict stands.
    /// </summary>
    private async Task<ETag[]?> LandedAsync(IReadOnlyList<TableTransactionAction> actions, int refused, int status)
    {
        if (actions[refused].ActionType is not (TableTransactionActionType.Add or TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace)
            || status != (actions[refused].ActionType == TableTransactionActionType.Add ? 409 : 412))
        {
            return null;
        }

        try
        {
            var partition = actions[refused].Entity.PartitionKey;
            var stored = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
            var refusedRow = await _table.FindEntityAsync(partition, actions[refused].Entity.RowKey).ConfigureAwait(false);
            if (!LeftAsSent(actions[refused], refusedRow))
            {
                return null;
            }

            stored[refusedRow!.RowKey] = refusedRow;
            foreach (var rows in actions.Where((_, index) => index != refused).Select(a => a.Entity.RowKey).Chunk(RowsPerQuery))
            {
                var filter = TableFilter.And(
                    TableFilter.Equal("PartitionKey", partition),
                    TableFilter.Or([.. rows.Select(row => TableFilter.Equal("RowKey", row))]));
                await foreach (var entity in _table.QueryEntitiesAsync(filter).ConfigureAwait(false))
                {
                    stored[entity.RowKey] = entity;
                }
            }

            var etags = new ETag[actions.Count];
            for (var i = 0; i < actions.Count; i++)
            {
                var row = stored.GetValueOrDefault(actions[i].Entity.RowKey);
                if (!LeftAsSent(actions[i], row))
                {
                    return null;
                }

                etags[i] = row?.ETag ?? default;
            }

            return etags;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not known (storage unreachable, say): reported as the conflict the service answered. Any exception, since
            // one escaping here would leave the writes of the batch unanswered and their callers waiting for ever.
            return null;
        }
    }

    /// <summary>Whether <paramref name="stored"/> is what <paramref name="action"/> leaves behind.</summary>
    private static bool LeftAsSent(TableTransactionAction action, TableEntity? stored) => action.ActionType switch
    {
        TableTransactionActionType.Delete => stored is null,
        TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpsertMerge =>
            action.Entity is TableEntity sent && TableClientOperations.HoldsAsSent(stored, sent, exactly: false),
        _ => action.Entity is TableEntity sent && TableClientOperations.HoldsAsSent(stored, sent, exactly: true),
    };

    /// <summary>Answers every write of <paramref name="batch"/> as applied, with the stored ETags (in action order).</summary>
    private static void SettleLanded(IEnumerable<Pending> batch, ETag[] etags)
    {
        var offset = 0;
        foreach (var pending in batch)
        {
            if (pending.GroupCompletion is { } group)
            {
                group.TrySetResult([.. etags.Skip(offset).Take(pending.Actions.Count).Select(etag => new LandedWriteResponse(etag))]);
            }
            else
            {
                pending.Completion!.TrySetResult(new TableWriteResult(true, etags[offset], 204));
            }

            offset += pending.Actions.Count;
        }
    }
}
