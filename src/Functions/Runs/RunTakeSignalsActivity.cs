using JobForge.Domain.Runs;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>Takes the signals out of the run's inbox for the orchestrator to decide (the inbox stays the record of what was asked).</summary>
public sealed class RunTakeSignalsActivity(DurableRunRows rows) : TaskActivity<DurableRunRef, List<RunSignal>>
{
    /// <inheritdoc />
    public override Task<List<RunSignal>> RunAsync(TaskActivityContext context, DurableRunRef input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the activity (the Functions binding calls this).</summary>
    public async Task<List<RunSignal>> ExecuteAsync(DurableRunRef input, CancellationToken cancellationToken) =>
        [.. await rows.TakeSignalsAsync(input, cancellationToken)];
}
