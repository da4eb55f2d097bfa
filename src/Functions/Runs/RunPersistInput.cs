using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>The persist activity's input: a state the orchestrator decided by itself, before it waits or ends.</summary>
/// <param name="Run">The run.</param>
/// <param name="Defaults">The plan defaults.</param>
/// <param name="State">The state to save.</param>
public sealed record RunPersistInput(DurableRunRef Run, RunPlanDefaults Defaults, RunState State)
{
    /// <summary>Record the run's start evidence first.</summary>
    public bool StartEvidence { get; init; }

    /// <summary>Lifecycle events to publish after saving.</summary>
    public IReadOnlyList<string> Publish { get; init; } = [];

    /// <summary>The run is finished: complete its evidence and remove its work entry.</summary>
    public bool Complete { get; init; }
}
