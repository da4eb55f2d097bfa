using System.Collections.Concurrent;
using System.Diagnostics;
using JobForge.Application.Runs;
using JobForge.Domain.Runs;

namespace JobForge.Durable.Benchmarks;

/// <summary>Notes when each run finished (its terminal lifecycle event is decided), in-process, without storage reads.</summary>
internal sealed class FinishRecorder : IRunLifecyclePublisher
{
    public ConcurrentDictionary<string, long> Finished { get; } = new(StringComparer.Ordinal);

    public Task PublishAsync(Run run, RunState state, string eventType, CancellationToken cancellationToken)
    {
        if (RunTransitions.IsTerminal(state.Status))
        {
            Finished.TryAdd(run.RunId, Stopwatch.GetTimestamp());
        }

        return Task.CompletedTask;
    }
}
