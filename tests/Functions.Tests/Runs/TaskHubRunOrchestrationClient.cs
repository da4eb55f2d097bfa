using DurableTask.Core;
using DurableTask.Core.Exceptions;
using JobForge.Functions.Runs;

namespace JobForge.Functions.Tests.Runs;

/// <summary>The run scheduling client over the Durable Task Framework's <see cref="TaskHubClient"/> (tests, bench, crash worker).</summary>
public sealed class TaskHubRunOrchestrationClient(TaskHubClient client) : IRunOrchestrationClient
{
    private static readonly OrchestrationStatus[] s_active = [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.ContinuedAsNew, OrchestrationStatus.Suspended];
    private static readonly OrchestrationStatus[] s_any = [.. s_active, OrchestrationStatus.Completed, OrchestrationStatus.Failed, OrchestrationStatus.Terminated, OrchestrationStatus.Canceled];

    /// <inheritdoc />
    public async Task<RunOrchestrationInfo> GetStatusAsync(string runId, CancellationToken cancellationToken)
    {
        var state = await client.GetOrchestrationStateAsync(runId);
        return state is null ? RunOrchestrationInfo.None
            : new(
                s_active.Contains(state.OrchestrationStatus) ? RunOrchestrationStatus.Active : RunOrchestrationStatus.Finished,
                new DateTimeOffset(DateTime.SpecifyKind(state.LastUpdatedTime, DateTimeKind.Utc)));
    }

    /// <inheritdoc />
    public async Task<bool> ScheduleAsync(DurableRunInput input, bool replaceFinished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            await client.CreateOrchestrationInstanceAsync(DurableRunNames.Orchestration, string.Empty, input.Run.RunId, input, null, replaceFinished ? s_active : s_any);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public Task RaiseSignalAsync(string runId, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(new OrchestrationInstance { InstanceId = runId }, DurableRunNames.SignalEvent, "signal");
}
