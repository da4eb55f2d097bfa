using DurableTask.AzureStorage;

namespace JobForge.Functions.Tests.Runs;

/// <summary>
/// Partition leases and queue message visibility short enough that a restarted worker takes over a killed one's
/// partitions and its dequeued-but-unfinished messages within seconds (the defaults are 30 s leases and 5 minutes).
/// </summary>
public static class CrashTuning
{
    /// <summary>Applies the lease timings (15 s leases renewed every 5 s, looked for every 2 s; messages of a dead worker visible again after 15 s).</summary>
    public static void Apply(AzureStorageOrchestrationServiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.LeaseInterval = TimeSpan.FromSeconds(15);
        settings.LeaseRenewInterval = TimeSpan.FromSeconds(5);
        settings.LeaseAcquireInterval = TimeSpan.FromSeconds(2);
        settings.ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(15);
        settings.WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(15);
    }
}
