namespace JobForge.Functions.Runs;

/// <summary>
/// What scheduling needs from a Durable client: the Functions binding's <c>DurableTaskClient</c> in the app
/// (<see cref="DurableTaskRunOrchestrationClient"/>), the Durable Task Framework's client in tests and benchmarks.
/// </summary>
public interface IRunOrchestrationClient
{
    /// <summary>Where the instance <paramref name="runId"/> stands, and when it last changed.</summary>
    Task<RunOrchestrationInfo> GetStatusAsync(string runId, CancellationToken cancellationToken);

    /// <summary>
    /// Schedules the run orchestration (instance id = run id). False when an instance exists already and is active, or,
    /// unless <paramref name="replaceFinished"/>, finished: a repeated request is a no-op.
    /// </summary>
    Task<bool> ScheduleAsync(DurableRunInput input, bool replaceFinished, CancellationToken cancellationToken);

    /// <summary>Raises the signal event on the instance (the signal itself waits in the run's inbox).</summary>
    Task RaiseSignalAsync(string runId, CancellationToken cancellationToken);
}
