namespace JobForge.Domain.Admission;

/// <summary>
/// Decides whether new work is admitted, from what is already waiting. The tenant's own backlog is looked at first,
/// so a tenant flooding the server is refused while others, whose runs are served round-robin beside it, still get in;
/// the whole server's bounds come after, and storage's own recent latency last (what the queues do not show yet: a
/// slow storage account answers the writes already sent late, before any queue grows). <c>Retry-After</c> is the wait that made the decision (the backlog drains in
/// about that long), at least one second and at most <see cref="AdmissionLimits.MaxRetryAfter"/>.
/// </summary>
public static class AdmissionPolicy
{
    /// <summary>Admits or refuses one request under <paramref name="limits"/> given <paramref name="signals"/>.</summary>
    public static AdmissionDecision Decide(AdmissionLimits limits, AdmissionSignals signals)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var runs = signals.Runs;
        if (runs.TenantQueued >= limits.MaxQueuedRunsPerTenant || runs.TenantOldestWait >= limits.MaxQueueWait)
        {
            return Refuse(limits, AdmissionRefusal.TenantBacklog, runs.TenantOldestWait);
        }

        if (runs.TotalQueued >= limits.MaxQueuedRuns)
        {
            return Refuse(limits, AdmissionRefusal.RunBacklog, runs.TenantOldestWait);
        }

        if (signals.TenantWrites.OldestWait >= limits.MaxWriteWait || signals.TotalWrites.Pending >= limits.MaxPendingWrites)
        {
            return Refuse(limits, AdmissionRefusal.WriteBacklog, Max(signals.TenantWrites.OldestWait, signals.TotalWrites.OldestWait));
        }

        if (limits.MaxStorageLatency is { } maxLatency && signals.StorageLatency >= maxLatency)
        {
            return Refuse(limits, AdmissionRefusal.StorageLatency, signals.StorageLatency);
        }

        return AdmissionDecision.Admit;
    }

    private static AdmissionDecision Refuse(AdmissionLimits limits, string reason, TimeSpan observedWait)
    {
        var seconds = Math.Ceiling(Math.Max(1, observedWait.TotalSeconds));
        var retryAfter = TimeSpan.FromSeconds(Math.Min(seconds, Math.Floor(limits.MaxRetryAfter.TotalSeconds)));
        return new AdmissionDecision(false, reason, retryAfter);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;
}
