using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>
/// One attempt, with everything around it folded in so a run pays no extra round trips: saves the state the
/// orchestrator decided alone (when asked), records the start evidence, publishes pending lifecycle events, runs the
/// attempt through the one step runner (<see cref="RunStepWork"/>), decides its outcome on the given state with the
/// run's decider version, saves that decision, records the step's outputs, publishes its lifecycle events and, when
/// the decision ends the run, completes the evidence and removes the work entry. A redelivered attempt reruns under the
/// same idempotency key.
/// </summary>
public sealed class RunStepActivity(DurableRunRows rows, RunStepWork work, DurableRunPlans plans, DurableRunDeciders deciders, DurableStepCancellations cancellations, IRunExecutionStore store)
    : TaskActivity<RunStepInput, RunStepOutput>
{
    /// <inheritdoc />
    public override Task<RunStepOutput> RunAsync(TaskActivityContext context, RunStepInput input) => ExecuteAsync(input, CancellationToken.None);

    /// <summary>Runs the activity (the Functions binding calls this).</summary>
    public async Task<RunStepOutput> ExecuteAsync(RunStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await rows.LoadAsync(input.Run, cancellationToken);
        var (template, plan) = plans.Get(record.Run, input.Defaults);
        var state = input.State;
        if (record.State is { } stored && stored.Sequence > state.Sequence + 1)
        {
            // A late redelivery: a newer decision than this attempt's own is saved (the attempt was handed out again).
            return new RunStepOutput(null);
        }

        if (input.SaveFirst)
        {
            record = await rows.SaveAsync(record, state, cancellationToken);
        }

        if (input.StartEvidence)
        {
            await work.StartedAsync(record.Run, template, plan, state, cancellationToken);
        }

        foreach (var eventType in input.Publish)
        {
            await work.PublishAsync(record.Run, state, eventType, cancellationToken);
        }

        RunAttemptResult result;
        bool canceled;
        using (var inFlight = cancellations.Register(input.Run))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(inFlight.Token, cancellationToken))
        {
            var order = input.Order;
            result = await work.ExecuteAsync(record.Run, template, plan, state, order.StepId, order.Attempt, order.Timeout, order.CompensatedStepId, linked.Token);
            canceled = inFlight.Token.IsCancellationRequested;
        }

        var outcome = new RunStepOutput(DurableRunEvent.From(result.Event)) { SignalsWaiting = record.Inbox.Count > 0 };

        var decision = deciders.For(input.DeciderVersion)(plan, state, result.Event);
        if (decision.IgnoredReason is not null || canceled || record.Inbox.Count > 0)
        {
            // Signals came first (or a cancel stopped the attempt): the orchestrator decides them, then this outcome.
            return outcome;
        }

        // Only if the row is unchanged since read: a signal appended or taken meanwhile means the orchestrator decides.
        if (await rows.TrySaveUnchangedAsync(record, decision.State, cancellationToken) is not { } saved)
        {
            return outcome with { SignalsWaiting = true };
        }

        if (result.Event is StepSucceeded succeeded)
        {
            await work.StepCompletedAsync(saved.Run, template, plan, decision.State, succeeded.StepId, succeeded.OutputsJson, result.Artifacts, cancellationToken);
        }

        foreach (var lifecycle in decision.Commands.OfType<PublishLifecycleEvent>())
        {
            await work.PublishAsync(saved.Run, decision.State, lifecycle.EventType, cancellationToken);
        }

        var finished = decision.Commands.Any(command => command is CompleteRun)
            && decision.Commands.All(command => command is CompleteRun or PublishLifecycleEvent);
        if (finished)
        {
            await work.CompletedAsync(saved.Run, template, plan, decision.State, cancellationToken);
            await store.RemoveWorkAsync(input.Run.TenantId, input.Run.RunId, cancellationToken);
        }

        return outcome with { Decided = true, Finished = finished };
    }
}
