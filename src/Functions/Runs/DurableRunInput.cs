using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>
/// The run orchestration's input: the run as requested (its template snapshot is what the orchestrator plans from, so
/// it never reads storage), the plan defaults in force when it was scheduled, and the decider version it runs under
/// (see docs/adr/0005-durable-run-orchestration.md).
/// </summary>
/// <param name="Run">The run, as stored when it was requested.</param>
/// <param name="Defaults">The run and approval timeouts and delivery limit the plan is built with.</param>
/// <param name="DeciderVersion">The decider version (<see cref="DurableRunDeciders"/>) this execution decides with.</param>
public sealed record DurableRunInput(Run Run, RunPlanDefaults Defaults, int DeciderVersion)
{
    /// <summary>The state to continue from (a version upgrade carries it over <c>ContinueAsNew</c>); null: start the run.</summary>
    public RunState? State { get; init; }

    /// <summary>Read the state from the run row first (a finished run restarted for a manual rollback).</summary>
    public bool Reload { get; init; }
}
