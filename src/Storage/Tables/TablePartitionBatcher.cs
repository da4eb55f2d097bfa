using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Data.Tables;
using JobForge.Domain.Admission;

namespace JobForge.Storage.Tables;

/// <summary>
/// Group commit for single-entity writes: concurrent writes to one partition are sent together as one entity group
/// transaction (up to 100, each RowKey once), so N writes cost one request under load and a lone write costs its own
/// request only. A rejected action (412 for a stale ETag, 404) fails only its own write: the transaction is resubmitted
/// without it. Deletes of absent entities count as done. At most <c>maxInFlightPerPartition</c> requests per partition.
/// </summary>
public sealed partial class TablePartitionBatcher
{
    private readonly TableClient _table;
    private readonly int _maxInFlightPerPartition;
    private readonly ConcurrentDictionary<string, PartitionQueue> _partitions = new(StringComparer.Ordinal);
    private int _pending;

    /// <summary>A batcher writing to <paramref name="table"/>.</summary>
    public TablePartitionBatcher(TableClient table, int maxInFlightPerPartition = 4)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlightPerPartition, 1);
        _maxInFlightPerPartition = maxInFlightPerPartition;
    }

    /// <summary>
    /// Writes <paramref name="action"/> (Update needs its ETag) with whatever else is queued for its partition. The result
    /// carries the new ETag, or the status that refused it (412, 404); other failures throw.
    /// </summary>
    public Task<TableWriteResult> WriteAsync(TableTransactionAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var partition = action.Entity.PartitionKey ?? throw new ArgumentException("The entity has no PartitionKey.", nameof(action));
        var pending = new Pending(action);
        var queue = _partitions.GetOrAdd(partition, _ => new PartitionQueue());
        Interlocked.Increment(ref _pending);
        queue.Items.Enqueue(pending);
        TryStartDrainer(queue);
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes queued in every partition and not yet taken into a batch.</summary>
    public int PendingCount => Math.Max(0, Volatile.Read(ref _pending));

    /// <summary>The writes queued for <paramref name="partition"/>: how many, and how long the oldest has waited.</summary>
    public WriteBacklog Backlog(string partition) =>
        _partitions.TryGetValue(partition, out var queue) && queue.Items.TryPeek(out var oldest)
            ? new WriteBacklog(queue.Items.Count, Stopwatch.GetElapsedTime(oldest.Since))
            : WriteBacklog.Empty;

    private void TryStartDrainer(PartitionQueue queue)
    {
        while (true)
        {
            var drainers = Volatile.Read(ref queue.Drainers);
            if (drainers >= _maxInFlightPerPartition)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref queue.Drainers, drainers + 1, drainers) == drainers)
            {
                _ = Task.Run(() => DrainAsync(queue));
                return;
            }
        }
    }

    private async Task DrainAsync(PartitionQueue queue)
    {
        try
        {
            while (Take(queue) is { Count: > 0 } batch)
            {
                await CommitAsync(batch).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref queue.Drainers);
            if (!queue.Items.IsEmpty)
            {
                TryStartDrainer(queue);
            }
        }
    }

    /// <summary>
    /// Up to 100 queued writes with distinct RowKeys and at most about 3 MB of property text (Azure refuses batches over
    /// 4 MiB); a second write of a RowKey waits for the next batch, in order.
    /// </summary>
    private List<Pending> Take(PartitionQueue queue)
    {
        const long MaxBatchBytes = 3_000_000;
        var batch = new List<Pending>();
        lock (queue.TakeLock)
        {
            var rows = new HashSet<string>(StringComparer.Ordinal);
            var deferred = new List<Pending>();
            long bytes = 0;
            while (batch.Count < TableClientOperations.MaxTransactionActions && bytes < MaxBatchBytes && queue.Items.TryDequeue(out var next))
            {
                if (rows.Add(next.Action.Entity.RowKey!))
                {
                    batch.Add(next);
                    bytes += EstimateBytes(next.Action.Entity);
                }
                else
                {
                    deferred.Add(next);
                }
            }

            foreach (var later in deferred)
            {
                queue.Items.Enqueue(later);
            }
        }

        Interlocked.Add(ref _pending, -batch.Count);

        return batch;
    }

    private static long EstimateBytes(ITableEntity entity) =>
        entity is not TableEntity properties ? 1024 : properties.Sum(property => property.Key.Length + 48 + (property.Value is string text ? text.Length * 3L : 32));

    private sealed class PartitionQueue
    {
        public readonly ConcurrentQueue<Pending> Items = new();
        public readonly object TakeLock = new();
        public int Drainers;
    }

    private sealed class Pending(TableTransactionAction action)
    {
        public TableTransactionAction Action { get; } = action;

        /// <summary>When it was queued (<see cref="Stopwatch.GetTimestamp"/>).</summary>
        public long Since { get; } = Stopwatch.GetTimestamp();

        public TaskCompletionSource<TableWriteResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
