using System.Collections.Concurrent;
using System.Diagnostics;
using JobForge.Domain.Admission;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <content>
/// Group commit: appends queue per tenant; up to <see cref="EventStoreOptions.MaxInFlightBatchesPerTenant"/> drainers per
/// tenant (and <see cref="EventStoreOptions.MaxInFlightBatches"/> batches overall) take whatever is queued, up to 100
/// actions and the batch byte budget, and commit it. An idle store starts a drainer at once, so a lone append waits for
/// nothing but its own request.
/// </content>
public sealed partial class TableEventStore
{
    /// <summary>Azure rejects batch requests over 4 MiB; stay well below.</summary>
    private const int MaxBatchWireBytes = 3_500_000;

    private int _pendingAppends;

    /// <summary>
    /// Appends queued and not yet taken into a batch: the tenant's (how many, how long the oldest has waited) and every
    /// tenant's count. Admission refuses new events while these say storage is not keeping up.
    /// </summary>
    public (WriteBacklog Tenant, WriteBacklog Total) MeasureWriteBacklog(string tenantId)
    {
        var tenant = _queues.TryGetValue(tenantId, out var queue) && queue.Items.TryPeek(out var oldest)
            ? new WriteBacklog(queue.Items.Count, Stopwatch.GetElapsedTime(oldest.Since))
            : WriteBacklog.Empty;
        return (tenant, new WriteBacklog(Math.Max(0, Volatile.Read(ref _pendingAppends)), tenant.OldestWait));
    }

    private void Enqueue(PendingAppend pending)
    {
        var queue = _queues.GetOrAdd(pending.Append.Event.TenantId, _ => new TenantQueue());
        Interlocked.Increment(ref _pendingAppends);
        queue.Items.Enqueue(pending);
        TryStartDrainer(pending.Append.Event.TenantId, queue);
    }

    private void TryStartDrainer(string tenantId, TenantQueue queue)
    {
        while (true)
        {
            var drainers = Volatile.Read(ref queue.Drainers);
            if (drainers >= _options.MaxInFlightBatchesPerTenant)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref queue.Drainers, drainers + 1, drainers) == drainers)
            {
                _ = Task.Run(() => DrainAsync(tenantId, queue));
                return;
            }
        }
    }

    private async Task DrainAsync(string tenantId, TenantQueue queue)
    {
        try
        {
            while (true)
            {
                await _inFlight.WaitAsync().ConfigureAwait(false);
                try
                {
                    var batch = TakeBatch(queue);
                    if (batch.Leaders.Count == 0)
                    {
                        return;
                    }

                    await CommitGuardedAsync(tenantId, batch).ConfigureAwait(false);
                }
                finally
                {
                    _inFlight.Release();
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref queue.Drainers);
            if (!queue.Items.IsEmpty)
            {
                TryStartDrainer(tenantId, queue);
            }
        }
    }

    /// <summary>Takes what is queued now; a second append of a dedupe key already in the batch follows the first.</summary>
    private Batch TakeBatch(TenantQueue queue)
    {
        var batch = new Batch();
        var actions = 0;
        var bytes = 0;
        var packs = false;
        lock (queue.TakeLock)
        {
            while (queue.Items.TryPeek(out var next))
            {
                if (next.DedupeKey is { } key && batch.LeaderOf(key) is { } leader)
                {
                    queue.Items.TryDequeue(out _);
                    Interlocked.Decrement(ref _pendingAppends);
                    batch.Followers.Add((next, leader));
                    continue;
                }

                // The batch's pack row is one more action, counted with the first packed append.
                var cost = next.ActionCount + (next.IsPacked && !packs ? 1 : 0);
                if (batch.Leaders.Count > 0
                    && (actions + cost > TableClientOperations.MaxTransactionActions || bytes + next.WireBytes > MaxBatchWireBytes))
                {
                    break;
                }

                queue.Items.TryDequeue(out _);
                Interlocked.Decrement(ref _pendingAppends);
                batch.Add(next);
                packs |= next.IsPacked;
                actions += cost;
                bytes += next.WireBytes;
            }
        }

        return batch;
    }

    private sealed class TenantQueue
    {
        public readonly ConcurrentQueue<PendingAppend> Items = new();
        public readonly object TakeLock = new();
        public int Drainers;
    }

    private sealed class Batch
    {
        private readonly Dictionary<string, PendingAppend> _byDedupeKey = new(StringComparer.Ordinal);

        public List<PendingAppend> Leaders { get; } = [];

        public List<(PendingAppend Follower, PendingAppend Leader)> Followers { get; } = [];

        public PendingAppend? LeaderOf(string dedupeKey) => _byDedupeKey.GetValueOrDefault(dedupeKey);

        public void Add(PendingAppend leader)
        {
            Leaders.Add(leader);
            if (leader.DedupeKey is { } key)
            {
                _byDedupeKey.TryAdd(key, leader);
            }
        }
    }
}
