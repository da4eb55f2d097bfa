using JobForge.Domain.Artifacts;

namespace JobForge.Application.Artifacts;

/// <summary>The placeholder <see cref="IReplayExecutor"/> until the run engine registers its own: replay answers 503.</summary>
internal sealed class UnavailableReplayExecutor : IReplayExecutor
{
    public Task<ReplayExecution> ExecuteAsync(ReplayBundle bundle, CancellationToken cancellationToken) =>
        throw new ReplayUnavailableException("Replay is not available yet: no replay executor is registered in this host.");
}
