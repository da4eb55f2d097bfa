using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>Stops the run's attempt in flight in this process (see <see cref="DurableStepCancellations"/>); false when none runs here.</summary>
public sealed class RunCancelStepActivity(DurableStepCancellations cancellations) : TaskActivity<DurableRunRef, bool>
{
    /// <inheritdoc />
    public override Task<bool> RunAsync(TaskActivityContext context, DurableRunRef input) => Task.FromResult(Execute(input));

    /// <summary>Runs the activity (the Functions binding calls this).</summary>
    public bool Execute(DurableRunRef input) => cancellations.Cancel(input);
}
