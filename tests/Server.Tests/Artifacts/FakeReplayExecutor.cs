using JobForge.Domain.Artifacts;

namespace JobForge.Server.Tests.Artifacts;

/// <summary>Replays by echoing the recorded steps, optionally changed by <see cref="Change"/>, or throws when unavailable.</summary>
internal sealed class FakeReplayExecutor : IReplayExecutor
{
    public Func<ReplayExecution, ReplayExecution>? Change { get; set; }

    public bool Unavailable { get; set; }

    public Task<ReplayExecution> ExecuteAsync(ReplayBundle bundle, CancellationToken cancellationToken)
    {
        if (Unavailable)
        {
            throw new ReplayUnavailableException();
        }

        var echo = new ReplayExecution(bundle.Steps, bundle.Status);
        return Task.FromResult(Change?.Invoke(echo) ?? echo);
    }
}
