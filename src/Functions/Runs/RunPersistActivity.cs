using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>
/// Saves a state the orchestrator decided by itself (before a wait, or the end), records the start evidence when it is
/// the first, publishes lifecycle events, and for a finished run completes the evidence and removes the work entry.
/// Returns whether signals wait in the inbox.
/// </summary>
public sealed class RunPersistActivity(DurableRunRows rows, RunStepWork work, DurableRunPlans plans, IRunExecutionStore store) : TaskActivity<RunPersistInput, bool>
{
    /// <inheritdoc />
    public override Task<bool> RunAsync(TaskActivityContext context, RunPersistInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the activity (the Functions binding calls this).</summary>
    public async Task<bool> ExecuteAsync(RunPersistInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await rows.LoadAsync(input.Run, cancellationToken);
        var (template, plan) = plans.Get(record.Run, input.Defaults);
        record = await rows.SaveAsync(record, input.State, cancellationToken);
        if (input.StartEvidence)
        {
            await work.StartedAsync(record.Run, template, plan, input.State, cancellationToken);
        }

        foreach (var eventType in input.Publish)
        {
            await work.PublishAsync(record.Run, input.State, eventType, cancellationToken);
        }

        if (input.Complete)
        {
            await work.CompletedAsync(record.Run, template, plan, input.State, cancellationToken);
            await store.RemoveWorkAsync(input.Run.TenantId, input.Run.RunId, cancellationToken);
        }

        return record.Inbox.Count > 0;
    }
}
