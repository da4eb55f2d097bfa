namespace JobForge.Domain.Admission;

/// <summary>
/// The bounds past which new work is refused. Every bound measures waiting that already exists (runs queued for a
/// worker, writes queued for storage), not a request rate, so the limit follows the machine's real capacity.
/// </summary>
public sealed record AdmissionLimits
{
    /// <summary>Limits with the given bounds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not positive, or the per-tenant run bound exceeds the total.</exception>
    public AdmissionLimits(
        int maxQueuedRuns, int maxQueuedRunsPerTenant, TimeSpan maxQueueWait, TimeSpan maxWriteWait, int maxPendingWrites, TimeSpan maxRetryAfter,
        TimeSpan? maxStorageLatency = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueuedRuns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxQueuedRunsPerTenant, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxQueuedRunsPerTenant, maxQueuedRuns);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxQueueWait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxWriteWait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPendingWrites, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRetryAfter, TimeSpan.FromSeconds(1));
        if (maxStorageLatency is { } latency)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(latency, TimeSpan.Zero, nameof(maxStorageLatency));
        }

        MaxStorageLatency = maxStorageLatency;
        MaxQueuedRuns = maxQueuedRuns;
        MaxQueuedRunsPerTenant = maxQueuedRunsPerTenant;
        MaxQueueWait = maxQueueWait;
        MaxWriteWait = maxWriteWait;
        MaxPendingWrites = maxPendingWrites;
        MaxRetryAfter = maxRetryAfter;
    }

    /// <summary>Runs waiting for a worker on this server, all tenants together, at which new runs are refused.</summary>
    public int MaxQueuedRuns { get; }

    /// <summary>One tenant's runs waiting for a worker at which that tenant's new runs are refused.</summary>
    public int MaxQueuedRunsPerTenant { get; }

    /// <summary>How long a tenant's oldest waiting run may have waited before that tenant's new runs are refused.</summary>
    public TimeSpan MaxQueueWait { get; }

    /// <summary>How long the oldest write queued for the tenant's partitions may have waited before new work is refused.</summary>
    public TimeSpan MaxWriteWait { get; }

    /// <summary>Writes queued in the store, all partitions together, at which new work is refused.</summary>
    public int MaxPendingWrites { get; }

    /// <summary>Storage's recent latency at which new work is refused; null: storage latency is not looked at.</summary>
    public TimeSpan? MaxStorageLatency { get; }

    /// <summary>The longest <c>Retry-After</c> given.</summary>
    public TimeSpan MaxRetryAfter { get; }
}
