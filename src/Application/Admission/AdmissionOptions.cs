namespace JobForge.Application.Admission;

/// <summary>
/// The overload bounds, bound from <c>JobForge:Admission</c> and validated at start-up; in force while
/// <c>JOBFORGE_ADMISSION_CONTROL_ENABLED</c> is on. Each bound measures waiting that exists already on this server
/// (runs queued for a worker, writes queued for storage), so a server refuses new work only when it is truly behind.
/// </summary>
public sealed class AdmissionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Admission";

    /// <summary>Runs waiting for a worker here, all tenants, at which new runs are refused (<c>JobForge:Admission:MaxQueuedRuns</c>, 1–1,000,000, default 2,000).</summary>
    public int MaxQueuedRuns { get; set; } = 2_000;

    /// <summary>
    /// One tenant's runs waiting for a worker at which that tenant's new runs are refused
    /// (<c>JobForge:Admission:MaxQueuedRunsPerTenant</c>, 1–<see cref="MaxQueuedRuns"/>, default 200).
    /// </summary>
    public int MaxQueuedRunsPerTenant { get; set; } = 200;

    /// <summary>
    /// How long a tenant's oldest waiting run may have waited before that tenant's new runs are refused
    /// (<c>JobForge:Admission:MaxQueueWait</c>, 00:00:00.1–00:10:00, default 5 s).
    /// </summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the oldest write queued for storage (the run store's and event store's group commit) may have waited
    /// before new job requests and events are refused (<c>JobForge:Admission:MaxWriteWait</c>, 00:00:00.05–00:01:00, default 1 s).
    /// </summary>
    public TimeSpan MaxWriteWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Writes queued in one store, all partitions, at which new work is refused (<c>JobForge:Admission:MaxPendingWrites</c>, 1–1,000,000, default 10,000).</summary>
    public int MaxPendingWrites { get; set; } = 10_000;

    /// <summary>
    /// Table storage's recent latency (the 90th percentile of the last 5 s of request attempts, an attempt still out
    /// counting with its age) at which new job requests and events are refused (<c>JobForge:Admission:MaxStorageLatency</c>,
    /// 00:00:00.05–00:05:00, default 2 s).
    /// </summary>
    public TimeSpan MaxStorageLatency { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest <c>Retry-After</c> given (<c>JobForge:Admission:MaxRetryAfter</c>, 1 s–5 min, default 30 s).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The validated limits for <see cref="Domain.Admission.AdmissionPolicy"/>.</summary>
    public Domain.Admission.AdmissionLimits ToLimits() =>
        new(MaxQueuedRuns, MaxQueuedRunsPerTenant, MaxQueueWait, MaxWriteWait, MaxPendingWrites, MaxRetryAfter, MaxStorageLatency);
}
