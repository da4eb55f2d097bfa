namespace JobForge.Domain.Runs;

/// <summary>
/// A run with its execution state as stored: <see cref="State"/> is null until the engine starts it;
/// <see cref="Version"/> is the opaque storage version (ETag) every conditional save is checked against.
/// </summary>
/// <param name="Run">The requested run (immutable part).</param>
/// <param name="State">The execution state, or null before the run started.</param>
/// <param name="Lease">The current lease, if any.</param>
/// <param name="Inbox">Signals not yet applied, oldest first.</param>
/// <param name="Version">The storage version.</param>
public sealed record RunRecord(Run Run, RunState? State, RunLease? Lease, IReadOnlyList<RunSignal> Inbox, string Version)
{
    /// <summary>The status: the state's, else the run's requested status.</summary>
    public RunStatus Status => State?.Status ?? Run.Status;
}
