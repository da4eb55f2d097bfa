namespace JobForge.Domain.Runs;

/// <summary>
/// Tells the run engine that a run is ready to execute (just created, approved, canceled…), so it starts at once
/// instead of at the next recovery scan. Best effort: a lost signal only delays the run until the scan finds it.
/// </summary>
public interface IRunWorkNotifier
{
    /// <summary>Signals that <paramref name="runId"/> of <paramref name="tenantId"/> needs attention.</summary>
    void RunReady(string tenantId, string runId);

    /// <summary>Signals a run this process just created; the engine may use <paramref name="created"/> to skip reading it back.</summary>
    void RunCreated(RunCreateResult created) =>
        RunReady((created ?? throw new ArgumentNullException(nameof(created))).Run.TenantId, created.Run.RunId);
}
