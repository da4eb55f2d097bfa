using JobForge.Domain.Runs;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>Reads the run's stored state, for an execution that continues a finished run (manual rollback).</summary>
public sealed class RunLoadActivity(DurableRunRows rows) : TaskActivity<DurableRunRef, RunState?>
{
    /// <inheritdoc />
    public override Task<RunState?> RunAsync(TaskActivityContext context, DurableRunRef input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the activity (the Functions binding calls this).</summary>
    public async Task<RunState?> ExecuteAsync(DurableRunRef input, CancellationToken cancellationToken) =>
        (await rows.LoadAsync(input, cancellationToken)).State;
}
