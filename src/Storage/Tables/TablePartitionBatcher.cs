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
/// A group (<see cref="WriteGroupAsync"/>: several actions that must commit together, as a run's idempotency claim and
/// its row) joins the same transactions whole; when a combined transaction fails on one of its actions, that group is
/// sent again as its own transaction, so it gets exactly the answer it would have got alone, and the rest go on together.
/// A 409 or 412 on rows stored exactly as sent is the SDK's retry of a write that had landed, its answer lost: those
/// writes are answered as applied, with the stored ETags (<c>TablePartitionBatcher.Landed.cs</c>).
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
        Enqueue(partition, pending);
        return pending.Completion!.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="actions"/> (one partition, distinct RowKeys, at most 100) as one all-or-nothing unit, with
    /// whatever else is queued for the partition. Returns each action's response; fails exactly as
    /// <see cref="TableClientOperations.SubmitPartitionTransactionAsync"/> of these actions alone would (a
    /// <see cref="Azure.Data.Tables.TableTransactionFailedException"/> naming the failed action's index in
    /// <paramref name="actions"/>), since a group refused inside a combined transaction is sent again on its own.
    /// </summary>
    public Task<IReadOnlyList<Azure.Response>> WriteGroupAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentOutOfRangeException.ThrowIfLessThan(actions.Count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(actions.Count, TableClientOperations.MaxTransactionActions);
        var partition = actions[0].Entity.PartitionKey ?? throw new ArgumentException("The entity has no PartitionKey.", nameof(actions));
        if (actions.Any(a => !string.Equals(a.Entity.PartitionKey, partition, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Every action of a group must be in one partition.", nameof(actions));
        }

        var pending = new Pending(actions);
        Enqueue(partition, pending);
        return pending.GroupCompletion!.Task.WaitAsync(cancellationToken);
    }

    private void Enqueue(string partition, Pending pending)
    {
        var queue = _partitions.GetOrAdd(partition, _ => new PartitionQueue());
        Interlocked.Increment(ref _pending);
        queue.Items.Enqueue(pending);
        TryStartDrainer(queue);
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
    /// Queued writes of up to 100 actions with distinct RowKeys and at most about 3 MB of property text (Azure refuses
    /// batches over 4 MiB); a second write of a RowKey, or a group that does not fit, waits for the next batch.
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
            var actions = 0;
            while (actions < TableClientOperations.MaxTransactionActions && bytes < MaxBatchBytes && queue.Items.TryDequeue(out var next))
            {
                var keys = next.Actions.Select(a => a.Entity.RowKey!).ToList();
                if ((batch.Count == 0 || actions + keys.Count <= TableClientOperations.MaxTransactionActions) && !keys.Any(rows.Contains))
                {
                    rows.UnionWith(keys);
                    batch.Add(next);
                    actions += keys.Count;
                    bytes += next.Actions.Sum(a => EstimateBytes(a.Entity));
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

    /// <summary>One write (<see cref="Completion"/>) or one group (<see cref="GroupCompletion"/>) waiting for its transaction.</summary>
    private sealed class Pending
    {
        public Pending(TableTransactionAction action)
        {
            Actions = [action];
            Completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        /// <summary>When it was queued (<see cref="Stopwatch.GetTimestamp"/>).</summary>
        public long Since { get; } = Stopwatch.GetTimestamp();

        public Pending(IReadOnlyList<TableTransactionAction> group)
        {
            Actions = [.. group];
            GroupCompletion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public IReadOnlyList<TableTransactionAction> Actions { get; }

        public TableTransactionAction Action => Actions[0];

        public TaskCompletionSource<TableWriteResult>? Completion { get; }

        public TaskCompletionSource<IReadOnlyList<Azure.Response>>? GroupCompletion { get; }
    }
}
