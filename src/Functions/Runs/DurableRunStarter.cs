using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using Microsoft.Extensions.Options;

namespace JobForge.Functions.Runs;

/// <summary>
/// Starts and wakes run orchestrations: a new run is scheduled under its run id (a repeat is a no-op); a signal is
/// raised on the active instance, and a run without one (never scheduled, or finished and asked to roll back) gets a
/// new execution that reads its state from the row.
/// </summary>
public sealed class DurableRunStarter(IRunExecutionStore store, DurableRunDeciders deciders, IOptions<RunEngineOptions> options)
{
    /// <summary>The orchestration input of <paramref name="run"/>: the plan defaults in force now and the current decider.</summary>
    public DurableRunInput InputFor(Run run)
    {
        var value = options.Value;
        var defaults = new RunPlanDefaults { RunTimeout = value.RunTimeout, ApprovalTimeout = value.ApprovalTimeout, MaxDeliveries = value.MaxDeliveries };
        return new DurableRunInput(run, defaults, deciders.Current);
    }

    /// <summary>Schedules a run this process just created; false when its orchestration exists already.</summary>
    public Task<bool> StartAsync(IRunOrchestrationClient client, Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.ScheduleAsync(InputFor(run), replaceFinished: false, cancellationToken);
    }

    /// <summary>
    /// Makes sure the run's orchestration will look at it: raises the signal on an active instance; schedules one when
    /// there is none, or when the instance finished but the run has signals waiting (a rollback of a succeeded run);
    /// drops the work entry of a run that is finished. Returns where the instance stood.
    /// </summary>
    public async Task<RunOrchestrationStatus> EnsureAsync(IRunOrchestrationClient client, string tenantId, string runId, CancellationToken cancellationToken) =>
        (await EnsureAndDescribeAsync(client, tenantId, runId, cancellationToken)).Instance.Status;

    /// <summary>
    /// <see cref="EnsureAsync"/>, also returning the row as read and the instance as found (the recovery scan's
    /// watchdog looks at both, so it reads neither again).
    /// </summary>
    public async Task<(RunOrchestrationInfo Instance, RunRecord? Record)> EnsureAndDescribeAsync(
        IRunOrchestrationClient client, string tenantId, string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var record = await store.LoadAsync(tenantId, runId, cancellationToken);
        if (record is null)
        {
            await store.RemoveWorkAsync(tenantId, runId, cancellationToken);
            return (RunOrchestrationInfo.None, null);
        }

        var instance = await client.GetStatusAsync(runId, cancellationToken);
        if (instance.Status == RunOrchestrationStatus.Active && RunTransitions.IsTerminal(record.Status))
        {
            // The run just ended and its orchestration is completing: an event now would be dropped with it.
            instance = new RunOrchestrationInfo(await WaitUntilNotActiveAsync(client, runId, cancellationToken), null);
        }

        if (instance.Status == RunOrchestrationStatus.Active)
        {
            await client.RaiseSignalAsync(runId, cancellationToken);
            return (instance, record);
        }

        if (instance.Status == RunOrchestrationStatus.Finished && record.Inbox.Count == 0 && RunTransitions.IsTerminal(record.Status))
        {
            await store.RemoveWorkAsync(tenantId, runId, cancellationToken);
            return (instance, record);
        }

        await client.ScheduleAsync(InputFor(record.Run) with { Reload = record.State is not null }, replaceFinished: true, cancellationToken);
        return (instance, record);
    }

    private static async Task<RunOrchestrationStatus> WaitUntilNotActiveAsync(IRunOrchestrationClient client, string runId, CancellationToken cancellationToken)
    {
        var status = RunOrchestrationStatus.Active;
        for (var round = 0; round < 40 && status == RunOrchestrationStatus.Active; round++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            status = (await client.GetStatusAsync(runId, cancellationToken)).Status;
        }

        return status;
    }
}
