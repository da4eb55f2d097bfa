using Microsoft.Extensions.Logging;
using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>
/// The Functions host's <see cref="IRunWorkNotifier"/>: a new run is scheduled as an orchestration (instance id = run
/// id), a signal appended by the approve, reject, cancel and rollback endpoints becomes the orchestration's external
/// event. Best effort and off the request path, as the interface promises: when it fails (or no Durable client is in
/// scope) the recovery scan schedules or wakes the run.
/// </summary>
public sealed class DurableRunNotifier(DurableRunStarter starter, DurableRunClients clients, ILogger<DurableRunNotifier> logger) : IRunWorkNotifier
{
    /// <inheritdoc />
    public void RunReady(string tenantId, string runId) =>
        Dispatch(runId, client => starter.EnsureAsync(client, tenantId, runId, CancellationToken.None));

    /// <inheritdoc />
    public void RunCreated(RunCreateResult created)
    {
        ArgumentNullException.ThrowIfNull(created);
        Dispatch(created.Run.RunId, client => starter.StartAsync(client, created.Run, CancellationToken.None));
    }

    private void Dispatch(string runId, Func<IRunOrchestrationClient, Task> work)
    {
        if (clients.Current is not { } client)
        {
            DurableRunsLog.NoClient(logger, runId);
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await work(client);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                DurableRunsLog.NotifyFailed(logger, runId, ex);
            }
        });
    }
}
