using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Audit;

/// <content>The group-commit writer loop.</content>
public sealed partial class TableAuditLog
{
    /// <summary>The most records one round takes from the queue (ten full transactions).</summary>
    private const int MaxRound = 10 * TableClientOperations.MaxTransactionActions;

    private async Task RunWriterAsync()
    {
        var reader = _queue.Reader;
        var round = new List<Pending>(MaxRound);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (round.Count < MaxRound && reader.TryRead(out var pending))
            {
                round.Add(pending);
            }

            await WriteRoundAsync(round).ConfigureAwait(false);
            round.Clear();
        }
    }

    private async Task WriteRoundAsync(List<Pending> round)
    {
        var writes = round.Where(p => p.Entity is not null).ToList();
        if (writes.Count > 0)
        {
            try
            {
                await EnsureTableAsync().ConfigureAwait(false);
                var partitions = writes.GroupBy(p => p.Entity!.PartitionKey!, StringComparer.Ordinal);
                await Task.WhenAll(partitions.Select(partition => WritePartitionAsync(partition.ToList()))).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                foreach (var pending in writes.Where(p => !p.Completion.Task.IsCompleted))
                {
                    Fail(pending, ex);
                }
            }
        }

        foreach (var marker in round.Where(p => p.Entity is null))
        {
            marker.Completion.TrySetResult();
        }
    }

    private async Task WritePartitionAsync(List<Pending> partition)
    {
        foreach (var chunk in partition.Chunk(TableClientOperations.MaxTransactionActions))
        {
            if (chunk.Length > 1)
            {
                try
                {
                    var actions = chunk.Select(p => new TableTransactionAction(TableTransactionActionType.Add, p.Entity!)).ToList();
                    await _table.SubmitPartitionTransactionAsync(actions).ConfigureAwait(false);
                    foreach (var pending in chunk)
                    {
                        pending.Completion.TrySetResult();
                    }

                    continue;
                }
                catch (Exception ex) when (ex is RequestFailedException or ArgumentException)
                {
                    // One bad record must not sink the others: fall back to one write each (an already-landed retry is a 409).
                    AuditStorageLog.BatchFailed(_logger, chunk.Length, ex);
                }
            }

            foreach (var pending in chunk)
            {
                await WriteOneAsync(pending).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteOneAsync(Pending pending)
    {
        try
        {
            await _table.InsertEntityAsync(pending.Entity!).ConfigureAwait(false);
            pending.Completion.TrySetResult();
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString())
        {
            pending.Completion.TrySetResult(); // Row keys are unique per writer: it exists because an earlier attempt landed.
        }
        catch (Exception ex)
        {
            Fail(pending, ex);
        }
    }

    private void Fail(Pending pending, Exception ex)
    {
        AuditStorageLog.RecordFailed(_logger, pending.Entity!.PartitionKey!, pending.Entity.GetString("Action") ?? string.Empty, ex);
        pending.Completion.TrySetException(ex);
    }

    private async Task EnsureTableAsync()
    {
        if (_tableReady)
        {
            return;
        }

        await _tableGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_tableReady)
            {
                await _table.CreateIfNotExistsAsync().ConfigureAwait(false);
                _tableReady = true;
            }
        }
        finally
        {
            _tableGate.Release();
        }
    }
}
