namespace JobForge.Functions.Runs;

/// <summary>Where a run's orchestration instance stands, as far as scheduling cares.</summary>
public enum RunOrchestrationStatus
{
    /// <summary>No instance with the run's id.</summary>
    None,

    /// <summary>Pending, running or suspended: it takes signals.</summary>
    Active,

    /// <summary>Completed, failed or terminated: a signal needs a new execution.</summary>
    Finished,
}
