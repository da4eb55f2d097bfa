namespace JobForge.Domain.Artifacts;

/// <summary>
/// Re-executes a <see cref="ReplayBundle"/> without side effects: HTTP, command and publish steps return their recorded
/// outputs instead of running; transform steps are recomputed. Implemented by the run engine (decider + runner).
/// </summary>
public interface IReplayExecutor
{
    /// <summary>Dry-runs <paramref name="bundle"/> (already verified) and returns the replayed steps and status.</summary>
    /// <exception cref="ReplayUnavailableException">No executor is available in this host.</exception>
    Task<ReplayExecution> ExecuteAsync(ReplayBundle bundle, CancellationToken cancellationToken);
}
