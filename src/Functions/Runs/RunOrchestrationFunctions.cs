using JobForge.Domain.Runs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>
/// The Functions bindings of the run orchestrator and its activities: each a one-line call into the same classes the
/// Durable Task Framework tests and benchmarks register through the worker's shims.
/// </summary>
public sealed class RunOrchestrationFunctions(
    DurableRunDeciders deciders,
    DurableRunPlans plans,
    RunStepActivity step,
    RunPersistActivity persist,
    RunTakeSignalsActivity signals,
    RunLoadActivity load,
    RunCancelStepActivity cancelStep)
{
    /// <summary>The run orchestrator (instance id = run id).</summary>
    [Function(DurableRunNames.Orchestration)]
    public Task<string> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new RunOrchestrator(deciders, plans).RunAsync(context, context.GetInput<DurableRunInput>()!);

    /// <summary>One attempt with its save, lifecycle events and evidence.</summary>
    [Function(DurableRunNames.StepActivity)]
    public Task<RunStepOutput> StepAsync([ActivityTrigger] RunStepInput input, CancellationToken cancellationToken) =>
        step.ExecuteAsync(input, cancellationToken);

    /// <summary>Saves a state the orchestrator decided alone.</summary>
    [Function(DurableRunNames.PersistActivity)]
    public Task<bool> PersistAsync([ActivityTrigger] RunPersistInput input, CancellationToken cancellationToken) =>
        persist.ExecuteAsync(input, cancellationToken);

    /// <summary>Takes the run's signals.</summary>
    [Function(DurableRunNames.TakeSignalsActivity)]
    public Task<List<RunSignal>> TakeSignalsAsync([ActivityTrigger] DurableRunRef input, CancellationToken cancellationToken) =>
        signals.ExecuteAsync(input, cancellationToken);

    /// <summary>Reads the run's stored state.</summary>
    [Function(DurableRunNames.LoadActivity)]
    public Task<RunState?> LoadAsync([ActivityTrigger] DurableRunRef input, CancellationToken cancellationToken) =>
        load.ExecuteAsync(input, cancellationToken);

    /// <summary>Stops the attempt in flight here.</summary>
    [Function(DurableRunNames.CancelStepActivity)]
    public bool CancelStep([ActivityTrigger] DurableRunRef input) => cancelStep.Execute(input);
}
