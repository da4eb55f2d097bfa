using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>
/// The step activity's input: the state the attempt runs under, what to do first (save that state when the
/// orchestrator decided it alone, record the start evidence, publish lifecycle events) and the attempt itself.
/// </summary>
/// <param name="Run">The run.</param>
/// <param name="Defaults">The plan defaults (as in the orchestration input).</param>
/// <param name="DeciderVersion">The decider version the activity decides the outcome with.</param>
/// <param name="State">The state the orchestrator holds, the attempt in it.</param>
/// <param name="Order">The attempt.</param>
public sealed record RunStepInput(DurableRunRef Run, RunPlanDefaults Defaults, int DeciderVersion, RunState State, RunAttemptOrder Order)
{
    /// <summary>Save <see cref="State"/> before the attempt (the orchestrator decided it without an activity).</summary>
    public bool SaveFirst { get; init; }

    /// <summary>Record the run's start evidence (the first activity of a run).</summary>
    public bool StartEvidence { get; init; }

    /// <summary>Lifecycle events decided before the attempt, to publish first.</summary>
    public IReadOnlyList<string> Publish { get; init; } = [];
}
