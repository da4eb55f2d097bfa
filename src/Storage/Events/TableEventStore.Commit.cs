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
            var owners = new List<PendingAppend>(TableClientOperations.MaxTransactionActions);
            foreach (var pending in remaining)
            {
                foreach (var action in pending.Actions())
                {
                    actions.Add(action);
                    owners.Add(pending);
                }
            }

            try
            {
                Interlocked.Increment(ref _batchesSubmitted);
                await _events.SubmitPartitionTransactionAsync(actions).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is { } index && index < actions.Count)
            {
                var culprit = owners[index];
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
                Log.BatchFailed(_logger, remaining.Count, (ex as Azure.RequestFailedException)?.Status ?? 0, (ex as Azure.RequestFailedException)?.ErrorCode, ex);
                FailAll(remaining, ex);
                return;
            }

            foreach (var pending in remaining)
            {
                pending.Complete(pending.AcceptedReceipt);
                var stored = pending.Append.Event;
                _appended.Writer.TryWrite(new OutboxEntry(
                    OutboxEntryId.Format(tenantId, pending.OutboxRow.RowKey!, EventDocumentCodec.BlobNameOf(pending.OutboxRow, EventEntities.BodyPrefix)),
                    pending.Append.Message,
                    stored.ReceivedAt));
            }

            return;
        }
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
