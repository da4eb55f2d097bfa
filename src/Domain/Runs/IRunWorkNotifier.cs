namespace JobForge.Domain.Runs;

/// <summary>
/// Tells the run engine that a run is ready to execute (just created, approved, canceled…), so it starts at once
/// instead of at the next recovery scan. Best effort: a lost signal only delays the run until the scan finds it.
/// </summary>
public interface IRunWorkNotifier
{
    /// <summary>Signals that <paramref name="runId"/> of <paramref name="tenantId"/> needs attention.</summary>
    void RunReady(string tenantId, string runId);
}
