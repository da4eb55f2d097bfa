using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace JobForge.Storage.Tables;

public sealed partial class TablePartitionBatcher
{
    private async Task CommitAsync(List<Pending> batch)
    {
        while (batch.Count > 0)
        {
            if (batch.Count == 1)
            {
                await WriteAloneAsync(batch[0]).ConfigureAwait(false);
                return;
            }

            var actions = batch.SelectMany(p => p.Actions).ToList();
            try
            {
                var results = await _table.SubmitPartitionTransactionAsync(actions).ConfigureAwait(false);
                var offset = 0;
                foreach (var pending in batch)
                {
                    Settle(pending, results.Skip(offset).Take(pending.Actions.Count).ToList());
                    offset += pending.Actions.Count;
                }

                return;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is { } index && Owner(batch, index) is { } refused)
            {
                if (await LandedAsync(actions, index, ex.Status).ConfigureAwait(false) is { } etags)
                {
                    // The SDK retried this very transaction after its answer was lost, and the first attempt had landed.
                    SettleLanded(batch, etags);
                    return;
                }

                // Only that action was refused (nothing was applied): settle its write — a group by its own transaction, so
                // its answer is the one it would get alone — then send the rest again.
                batch.Remove(refused);
                if (refused.GroupCompletion is not null)
                {
                    await WriteAloneAsync(refused).ConfigureAwait(false);
                }
                else
                {
                    var absentDelete = refused.Action.ActionType == TableTransactionActionType.Delete && ex.Status == 404;
                    refused.Completion!.TrySetResult(new TableWriteResult(absentDelete, default, ex.Status));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The batch as a whole failed (or the failing action is unknown): one request each, so each gets its own
                // answer. Any exception: the SDK's retry policy throws an AggregateException once its retries ran out
                // (storage unreachable), and a write left unsettled here would keep its caller waiting for ever.
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending).ConfigureAwait(false);
                }

                return;
            }
        }
    }

    private static Pending? Owner(List<Pending> batch, int actionIndex)
    {
        foreach (var pending in batch)
        {
            if (actionIndex < pending.Actions.Count)
            {
                return actionIndex >= 0 ? pending : null;
            }

            actionIndex -= pending.Actions.Count;
        }

        return null;
    }

    private static void Settle(Pending pending, IReadOnlyList<Response> results)
    {
        if (pending.GroupCompletion is { } group)
        {
            group.TrySetResult(results);
        }
        else
        {
            pending.Completion!.TrySetResult(new TableWriteResult(true, TableClientOperations.ETagOf(results[0]), results[0].Status));
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        if (pending.GroupCompletion is not { } group)
        {
            await WriteOneAsync(pending).ConfigureAwait(false);
            return;
        }

        try
        {
            group.TrySetResult(await _table.SubmitPartitionTransactionAsync(pending.Actions).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex is TableTransactionFailedException { FailedTransactionActionIndex: { } index } failed && index >= 0 && index < pending.Actions.Count
                && await LandedAsync(pending.Actions, index, failed.Status).ConfigureAwait(false) is { } etags)
            {
                SettleLanded([pending], etags); // its answer was lost, and the SDK's retry met the group itself
                return;
            }

            group.TrySetException(ex);
        }
    }

    private async Task WriteOneAsync(Pending pending)
    {
        var action = pending.Action;
        try
        {
            var etag = action.ActionType switch
            {
                TableTransactionActionType.Add => await _table.InsertEntityAsync(action.Entity).ConfigureAwait(false),
                TableTransactionActionType.UpsertReplace => await _table.UpsertEntityForETagAsync(action.Entity, TableUpdateMode.Replace).ConfigureAwait(false),
                TableTransactionActionType.UpsertMerge => await _table.UpsertEntityForETagAsync(action.Entity, TableUpdateMode.Merge).ConfigureAwait(false),
                TableTransactionActionType.UpdateReplace => await _table.UpdateEntityForETagAsync(action.Entity, action.ETag, TableUpdateMode.Replace).ConfigureAwait(false),
                TableTransactionActionType.UpdateMerge => await _table.UpdateEntityForETagAsync(action.Entity, action.ETag, TableUpdateMode.Merge).ConfigureAwait(false),
                _ => await DeleteAsync(action).ConfigureAwait(false),
            };
            pending.Completion!.TrySetResult(new TableWriteResult(true, etag, 204));
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && ex.ErrorCode != TableErrorCode.TableNotFound)
        {
            if (await LandedAsync(pending.Actions, 0, ex.Status).ConfigureAwait(false) is { } etags)
            {
                SettleLanded([pending], etags); // its answer was lost, and the SDK's retry met the write itself
                return;
            }

            pending.Completion!.TrySetResult(new TableWriteResult(false, default, ex.Status));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            pending.Completion!.TrySetException(ex);
        }
    }

    private async Task<ETag> DeleteAsync(TableTransactionAction action)
    {
        await _table.DeleteEntityIfExistsAsync(action.Entity.PartitionKey, action.Entity.RowKey, action.ETag).ConfigureAwait(false);
        return default;
    }
}
