using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <content>
/// Committing one batch. A rejected transaction applied nothing and names the failing action: a 409 on a dedupe row
/// resolves that append as a duplicate (the original's receipt), a fault of one entity fails only its caller, and the
/// rest is resubmitted. Any other failure (after Azure.Core's retries) fails the callers of that batch only.
/// </content>
public sealed partial class TableEventStore
{
    private long _batchesSubmitted;

    /// <summary>How many batch requests this store has sent (a diagnostic of group commit).</summary>
    public long BatchesSubmitted => Interlocked.Read(ref _batchesSubmitted);

    private async Task CommitGuardedAsync(string tenantId, Batch batch)
    {
        try
        {
            await CommitAsync(tenantId, batch.Leaders).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            FailAll(batch.Leaders, ex);
        }

        foreach (var (follower, leader) in batch.Followers)
        {
            await ResolveFollowerAsync(follower, leader).ConfigureAwait(false);
        }
    }

    private async Task CommitAsync(string tenantId, List<PendingAppend> leaders)
    {
        var remaining = new List<PendingAppend>(leaders);
        while (remaining.Count > 0)
        {
            var actions = new List<TableTransactionAction>(TableClientOperations.MaxTransactionActions);
            var owners = new List<PendingAppend?>(TableClientOperations.MaxTransactionActions);
            foreach (var pending in remaining)
            {
                foreach (var action in pending.Actions())
                {
                    actions.Add(action);
                    owners.Add(pending);
                }
            }

            var pack = await PackAsync(tenantId, remaining).ConfigureAwait(false);
            if (pack is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, pack.Row));
                owners.Add(null);
            }

            try
            {
                Interlocked.Increment(ref _batchesSubmitted);
                await _events.SubmitPartitionTransactionAsync(actions).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is { } index && index < actions.Count)
            {
                if (ex.Status == 409 && await LandedAsync(actions[index]).ConfigureAwait(false))
                {
                    // The SDK retried this very transaction after its answer was lost (it retries POSTs too) and the
                    // first attempt had landed: every row of it is stored, so every append of it is accepted, once.
                    Log.TransactionLandedBeforeRetry(_logger, remaining.Count);
                    Completed(tenantId, remaining, pack);
                    return;
                }

                await DeletePackBlobAsync(pack).ConfigureAwait(false);
                if (owners[index] is not { } culprit)
                {
                    Log.BatchFailed(_logger, remaining.Count, ex.Status, ex.ErrorCode, ex); // the pack row itself
                    FailAll(remaining, ex);
                    return;
                }

                remaining.Remove(culprit);
                if (ex.Status == 409 && ReferenceEquals(actions[index].Entity, culprit.DedupeRow))
                {
                    await ResolveDuplicateAsync(tenantId, culprit).ConfigureAwait(false);
                }
                else if (ex.Status is 400 or 409 or 413)
                {
                    Log.EventRejected(_logger, ex.Status, ex.ErrorCode, ex);
                    culprit.Fail(ex);
                    await DeleteBlobsAsync(culprit).ConfigureAwait(false);
                }
                else
                {
                    culprit.Fail(ex);
                    Log.BatchFailed(_logger, remaining.Count + 1, ex.Status, ex.ErrorCode, ex);
                    FailAll(remaining, ex);
                    return;
                }

                continue;
            }
            catch (Exception ex)
            {
                await DeletePackBlobAsync(pack).ConfigureAwait(false);
                Log.BatchFailed(_logger, remaining.Count, (ex as Azure.RequestFailedException)?.Status ?? 0, (ex as Azure.RequestFailedException)?.ErrorCode, ex);
                FailAll(remaining, ex);
                return;
            }

            Completed(tenantId, remaining, pack);
            return;
        }
    }

    // Whether the row a 409 names is exactly the one this transaction sent (its keys are a generated event id, a fresh
    // pack GUID or a dedupe key whose row names this append's event id): then the whole transaction had landed.
    private async Task<bool> LandedAsync(TableTransactionAction action)
    {
        try
        {
            return await _events.IsStoredAsSentAsync(action.Entity).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException)
        {
            return false; // not known: handled as the conflict it reports
        }
    }

    /// <summary>The callers get their receipts; the fast path gets their outbox entries.</summary>
    private void Completed(string tenantId, List<PendingAppend> committed, Pack? pack)
    {
        foreach (var pending in committed)
        {
            pending.Complete(pending.AcceptedReceipt);
            var entryId = pending.OutboxRow is { } row
                ? OutboxEntryId.Format(tenantId, row.RowKey!, EventDocumentCodec.BlobNameOf(row, EventEntities.BodyPrefix))
                : OutboxEntryId.FormatPacked(tenantId, pack!.Row.RowKey!, pack.IndexOf(pending), pack.Members.Count, pack.BlobName);
            _appended.Writer.TryWrite(new OutboxEntry(entryId, pending.Append.Message, pending.Append.Event.ReceivedAt));
        }
    }

    /// <summary>The pack row of the appends without an outbox row of their own, or null when there are none.</summary>
    private async Task<Pack?> PackAsync(string tenantId, List<PendingAppend> remaining)
    {
        var members = remaining.Where(p => p.IsPacked).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var oldest = members.Min(p => p.Append.Event.ReceivedAt);
        var document = await _codec.EncodeAsync(tenantId, "p", OutboxPack.Json(members), CancellationToken.None).ConfigureAwait(false);
        return new Pack(OutboxPack.Entity(tenantId, EventRowKeys.Pack(oldest, Guid.NewGuid()), members.Count, document), members, document.BlobName);
    }

    private async Task DeletePackBlobAsync(Pack? pack)
    {
        if (pack?.BlobName is not { } blob)
        {
            return;
        }

        try
        {
            await _blobs.DeleteBlobIfExistsAsync(blob).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex)
        {
            Log.BlobCleanupFailed(_logger, ex.Status, ex);
        }
    }

    /// <summary>A batch's pack row and the appends in it, in order.</summary>
    private sealed record Pack(TableEntity Row, List<PendingAppend> Members, string? BlobName)
    {
        public int IndexOf(PendingAppend pending) => Members.IndexOf(pending);
    }

    private async Task ResolveDuplicateAsync(string tenantId, PendingAppend pending)
    {
        try
        {
            var original = await _events.FindEntityAsync(tenantId, pending.DedupeKey!).ConfigureAwait(false);
            if (original is null)
            {
                Enqueue(pending); // The original was swept in between: this append is new again.
                return;
            }

            pending.Complete(EventEntities.DuplicateReceipt(original));
            await DeleteBlobsAsync(pending).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            pending.Fail(ex);
        }
    }

    private async Task ResolveFollowerAsync(PendingAppend follower, PendingAppend leader)
    {
        if (leader.Task.IsCompletedSuccessfully)
        {
            follower.Complete(leader.Task.Result.Receipt with { Duplicate = true });
            await DeleteBlobsAsync(follower).ConfigureAwait(false);
        }
        else
        {
            Enqueue(follower); // The first failed; the second gets its own attempt.
        }
    }

    private async Task DeleteBlobsAsync(PendingAppend pending)
    {
        foreach (var blob in pending.Blobs)
        {
            try
            {
                await _blobs.DeleteBlobIfExistsAsync(blob).ConfigureAwait(false);
            }
            catch (Azure.RequestFailedException ex)
            {
                Log.BlobCleanupFailed(_logger, ex.Status, ex);
            }
        }
    }

    private static void FailAll(IEnumerable<PendingAppend> pendings, Exception exception)
    {
        foreach (var pending in pendings)
        {
            pending.Fail(exception);
        }
    }
}
