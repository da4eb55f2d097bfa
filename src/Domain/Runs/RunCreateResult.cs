namespace JobForge.Domain.Runs;

/// <summary>The outcome of <see cref="IRunStore.CreateAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Run">The stored run: the new one when <see cref="RunCreateOutcome.Created"/>, else the original.</param>
public sealed record RunCreateResult(RunCreateOutcome Outcome, Run Run)
{
    /// <summary>
    /// The new run's storage version (see <see cref="RunRecord.Version"/>) when this call created it; lets the engine
    /// start the run without reading it back. Null when unknown.
    /// </summary>
    public string? Version { get; init; }
}
