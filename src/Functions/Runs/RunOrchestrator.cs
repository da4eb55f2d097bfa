using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>
/// The run orchestrator: instance id = run id. Each execution builds the plan from the run's template snapshot and
/// drives <see cref="RunOrchestration"/> (the decider loop). Deterministic: no I/O, time from
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, randomness only as data on activity results.
/// </summary>
public sealed class RunOrchestrator(DurableRunDeciders deciders, DurableRunPlans plans) : TaskOrchestrator<DurableRunInput, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(TaskOrchestrationContext context, DurableRunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var (_, plan) = plans.Get(input.Run, input.Defaults);
        return new RunOrchestration(context, input, plan, deciders).RunAsync();
    }
}
