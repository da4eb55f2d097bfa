namespace JobForge.Domain.Runs;

/// <summary>The run-level limits <see cref="RunPlanner"/> puts into every plan (hosts bind them from configuration).</summary>
public sealed record RunPlanDefaults
{
    /// <summary>The defaults: 1 hour per run, 24 hours per approval, 5 deliveries, no approval for action jobs.</summary>
    public static RunPlanDefaults Default { get; } = new();

    /// <summary>How long a run may execute (time spent awaiting an approval does not count); default 1 hour.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long an approval may take before the run fails; default 24 hours.</summary>
    public TimeSpan ApprovalTimeout { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How many times one attempt may be handed to a worker before it is quarantined as poison; default 5.</summary>
    public int MaxDeliveries { get; init; } = 5;

    /// <summary>Whether runs of action jobs (<see cref="Templates.JobTemplate.IsActionJob"/>) wait for an approval before their first step.</summary>
    public bool RequireApprovalForActionJobs { get; init; }
}
