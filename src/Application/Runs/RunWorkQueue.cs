namespace JobForge.Application.Runs;

/// <summary>
/// The engine's in-memory dispatch queue, fair across tenants: one FIFO per tenant, served round-robin, so one
/// tenant's flood waits behind itself only; and no tenant holds more than <c>maxActivePerTenant</c> runs at once, so
/// one tenant whose steps hang cannot take every worker. A run is queued at most once; a run signalled while it is
/// being processed is processed again right after (nothing is lost). Thread-safe.
/// </summary>
/// <param name="maxActivePerTenant">How many of one tenant's runs may be taken and not completed at once.</param>
/// <param name="time">The clock that times how long queued runs wait (<see cref="Backlog"/>); the system clock when null.</param>
public sealed class RunWorkQueue(int maxActivePerTenant = int.MaxValue, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _activeByTenant = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<(string RunId, long Since)>> _byTenant = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _tenants = new();
    private readonly HashSet<(string, string)> _queued = [];
    private readonly HashSet<(string, string)> _active = [];
    private readonly HashSet<(string, string)> _again = [];
    private readonly SemaphoreSlim _available = new(0);

    /// <summary>Runs queued and not yet taken.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queued.Count;
            }
        }
    }

    /// <summary>Runs taken and not yet completed: executing on this server now.</summary>
    public int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _active.Count;
            }
        }
    }

    /// <summary>Queues <paramref name="runId"/>; false when it was queued already (or is active: then it runs again after).</summary>
    public bool Enqueue(string tenantId, string runId)
    {
        lock (_gate)
        {
            var key = (tenantId, runId);
            if (_active.Contains(key))
            {
                _again.Add(key);
                return false;
            }

            if (!_queued.Add(key))
            {
                return false;
            }

            if (!_byTenant.TryGetValue(tenantId, out var queue))
            {
                queue = new Queue<(string RunId, long Since)>();
                _byTenant[tenantId] = queue;
                _tenants.AddLast(tenantId);
            }

            queue.Enqueue((runId, _time.GetTimestamp()));
        }

        _available.Release();
        return true;
    }

    /// <summary>
    /// The runs waiting for a worker: <paramref name="tenantId"/>'s (how many, and how long the oldest has waited, which
    /// its FIFO makes the head) and everyone's. What admission looks at before accepting more of the tenant's runs.
    /// </summary>
    public Domain.Admission.RunBacklog Backlog(string tenantId)
    {
        lock (_gate)
        {
            if (!_byTenant.TryGetValue(tenantId, out var queue) || queue.Count == 0)
            {
                return new Domain.Admission.RunBacklog(0, TimeSpan.Zero, _queued.Count);
            }

            return new Domain.Admission.RunBacklog(queue.Count, _time.GetElapsedTime(queue.Peek().Since), _queued.Count);
        }
    }

    /// <summary>Whether the run is queued or being processed here.</summary>
    public bool IsKnown(string tenantId, string runId)
    {
        lock (_gate)
        {
            return _queued.Contains((tenantId, runId)) || _active.Contains((tenantId, runId));
        }
    }

    /// <summary>
    /// Waits for the next run (round-robin over the tenants under their cap) and marks it active. Every enqueue and
    /// every completion releases one waiter, so a run held back by its tenant's cap is taken when a slot frees.
    /// </summary>
    public async Task<(string TenantId, string RunId)> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (TryTake() is { } taken)
            {
                return taken;
            }
        }
    }

    private (string TenantId, string RunId)? TryTake()
    {
        lock (_gate)
        {
            var node = _tenants.First;
            while (node is not null && _activeByTenant.GetValueOrDefault(node.Value) >= maxActivePerTenant)
            {
                node = node.Next;
            }

            if (node is null)
            {
                return null; // every tenant with queued runs is at its cap: a completion wakes a taker again
            }

            var tenant = node.Value;
            _tenants.Remove(node);
            var queue = _byTenant[tenant];
            var (runId, _) = queue.Dequeue();
            if (queue.Count > 0)
            {
                _tenants.AddLast(tenant);
            }
            else
            {
                _byTenant.Remove(tenant);
            }

            _queued.Remove((tenant, runId));
            _active.Add((tenant, runId));
            _activeByTenant[tenant] = _activeByTenant.GetValueOrDefault(tenant) + 1;
            return (tenant, runId);
        }
    }

    /// <summary>Marks a taken run done; queues it again if it was signalled meanwhile.</summary>
    public void Complete(string tenantId, string runId)
    {
        bool again;
        lock (_gate)
        {
            if (_active.Remove((tenantId, runId)) && _activeByTenant.TryGetValue(tenantId, out var active))
            {
                if (active <= 1)
                {
                    _activeByTenant.Remove(tenantId);
                }
                else
                {
                    _activeByTenant[tenantId] = active - 1;
                }
            }

            again = _again.Remove((tenantId, runId));
        }

        _available.Release(); // a slot of the tenant's cap is free: a taker looks again
        if (again)
        {
            Enqueue(tenantId, runId);
        }
    }
}
