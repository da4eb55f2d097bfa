using JobForge.Domain.Runs;

namespace JobForge.Application.Runs;

/// <summary>Publishes a run's lifecycle events (<see cref="RunLifecycleEvents"/>) through JobForge's own ingestion path.</summary>
public interface IRunLifecyclePublisher
{
    /// <summary>Publishes <paramref name="eventType"/> about <paramref name="run"/> in <paramref name="state"/>; best effort.</summary>
    Task PublishAsync(Run run, RunState state, string eventType, CancellationToken cancellationToken);
}
