namespace JobForge.Application.Runs;

/// <summary>
/// Collects writes that nobody waits for (lifecycle events, work-entry removals) for up to <c>linger</c>, then hands them
/// over together, so the partition group commit below sends them in one entity group transaction instead of one request
/// each. At most <c>maxPending</c> items are queued or being flushed (then adding waits), a full batch of
/// <c>flushAt</c> is flushed at once, and a zero linger flushes every item on its own at once (the old behaviour).
/// </summary>
internal sealed class LingeringQueue<T>(TimeSpan linger, int maxPending, int flushAt, TimeProvider time, Func<IReadOnlyList<T>, Task> flush)
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _slots = new(maxPending, maxPending);
    private List<T> _items = [];
    private long _generation;

    /// <summary>Queues <paramref name="item"/>; waits only when <c>maxPending</c> items are in the queue or being flushed.</summary>
    public async Task AddAsync(T item, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        List<T>? now = null;
        long? scheduled = null;
        lock (_gate)
        {
            _items.Add(item);
            if (linger <= TimeSpan.Zero || _items.Count >= flushAt)
            {
                now = Take();
            }
            else if (_items.Count == 1)
            {
                scheduled = _generation;
            }
        }

        if (now is not null)
        {
            _ = Task.Run(() => FlushAsync(now), CancellationToken.None);
        }
        else if (scheduled is { } generation)
        {
            // The timer starts here, before AddAsync returns (not on a pool thread later): a clock that moves right after
            // the add (a manual test clock, a busy machine) cannot move past a timer that does not exist yet.
            var delay = Task.Delay(linger, time, CancellationToken.None);
            _ = Task.Run(() => FlushLaterAsync(generation, delay), CancellationToken.None);
        }
    }

    /// <summary>Flushes whatever is queued now (host stopping).</summary>
    public Task FlushNowAsync()
    {
        List<T> items;
        lock (_gate)
        {
            items = Take();
        }

        return FlushAsync(items);
    }

    private async Task FlushLaterAsync(long generation, Task delay)
    {
        await delay.ConfigureAwait(false);
        List<T>? items = null;
        lock (_gate)
        {
            if (_generation == generation)
            {
                items = Take(); // not flushed meanwhile (by a full batch)
            }
        }

        if (items is not null)
        {
            await FlushAsync(items).ConfigureAwait(false);
        }
    }

    // Called under _gate.
    private List<T> Take()
    {
        var items = _items;
        _items = [];
        _generation++;
        return items;
    }

    private async Task FlushAsync(List<T> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        try
        {
            await flush(items).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release(items.Count);
        }
    }
}
