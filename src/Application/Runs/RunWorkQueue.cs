namespace JobForge.Application.Runs;

/// <summary>
/// The engine's in-memory dispatch queue, fair across tenants: one FIFO per tenant, served round-robin, so one
/// tenant's flood waits behind itself only. A run is queued at most once; a run signalled while it is being
/// processed is processed again right after (nothing is lost). Thread-safe.
/// </summary>
public sealed class RunWorkQueue
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<string>> _byTenant = new(StringComparer.Ordinal);
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
                queue = new Queue<string>();
                _byTenant[tenantId] = queue;
                _tenants.AddLast(tenantId);
            }

            queue.Enqueue(runId);
        }

        _available.Release();
        return true;
    }

    /// <summary>Whether the run is queued or being processed here.</summary>
    public bool IsKnown(string tenantId, string runId)
    {
        lock (_gate)
        {
            return _queued.Contains((tenantId, runId)) || _active.Contains((tenantId, runId));
        }
    }

    /// <summary>Waits for the next run (round-robin over tenants) and marks it active.</summary>
    public async Task<(string TenantId, string RunId)> TakeAsync(CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            var tenant = _tenants.First!.Value;
            _tenants.RemoveFirst();
            var queue = _byTenant[tenant];
            var runId = queue.Dequeue();
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
            return (tenant, runId);
        }
    }

    /// <summary>Marks a taken run done; queues it again if it was signalled meanwhile.</summary>
    public void Complete(string tenantId, string runId)
    {
        bool again;
        lock (_gate)
        {
            _active.Remove((tenantId, runId));
            again = _again.Remove((tenantId, runId));
        }

        if (again)
        {
            Enqueue(tenantId, runId);
        }
    }
}
