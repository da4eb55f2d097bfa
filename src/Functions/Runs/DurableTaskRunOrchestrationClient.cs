using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace JobForge.Functions.Runs;

/// <summary>The run scheduling client over the Functions Durable client binding.</summary>
public sealed class DurableTaskRunOrchestrationClient(DurableTaskClient client) : IRunOrchestrationClient
{
    private static readonly OrchestrationRuntimeStatus[] s_active =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    private static readonly OrchestrationRuntimeStatus[] s_any =
        [.. s_active, OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <inheritdoc />
    public async Task<RunOrchestrationInfo> GetStatusAsync(string runId, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(runId, getInputsAndOutputs: false, cancellationToken);
        return instance is null ? RunOrchestrationInfo.None
            : new(s_active.Contains(instance.RuntimeStatus) ? RunOrchestrationStatus.Active : RunOrchestrationStatus.Finished, instance.LastUpdatedAt);
    }

    /// <inheritdoc />
    public async Task<bool> ScheduleAsync(DurableRunInput input, bool replaceFinished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var options = new StartOrchestrationOptions(input.Run.RunId).WithDedupeStatuses(replaceFinished ? s_active : s_any);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(DurableRunNames.Orchestration, input, options, cancellationToken);
            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public Task RaiseSignalAsync(string runId, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(runId, DurableRunNames.SignalEvent, null, cancellationToken);
}
