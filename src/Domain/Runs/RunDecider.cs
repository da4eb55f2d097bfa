using JobForge.Domain.Steps;

namespace JobForge.Domain.Runs;

/// <summary>
/// The run logic as a deterministic decider: given the plan, the state and what just happened, it returns the new
/// state and the commands to carry out. No clock, no I/O, no randomness (jitter comes in on the events), so the
/// self-hosted engine and a Durable Functions orchestrator drive the very same logic. Steps run one at a time in plan
/// order. Every applied decision increments <see cref="RunState.Sequence"/>; an event that no longer applies (stale
/// attempt, duplicate, terminal run) returns the state unchanged with <see cref="RunDecision.IgnoredReason"/> set
/// (<see cref="RunIgnoredReasons"/>); <see cref="LeaseLost"/> returns the state unchanged with <see cref="AbandonRun"/>.
/// Every status change goes through <see cref="RunTransitions"/>, which throws only for bugs.
/// </summary>
public static partial class RunDecider
{
    /// <summary>The <see cref="StepFailure.Handler"/> of failures the decider itself records.</summary>
    public const string EngineHandler = "engine";

    /// <summary>Decides what <paramref name="event"/> does to the run in <paramref name="state"/> under <paramref name="plan"/>.</summary>
    public static RunDecision Decide(RunPlan plan, RunState state, RunEvent @event)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        if (state.Steps.Count != plan.Steps.Count)
        {
            throw new ArgumentException("The state's steps do not match the plan's.", nameof(state));
        }

        if (@event is LeaseLost)
        {
            return new RunDecision(state, [new AbandonRun()]);
        }

        var draft = new Draft(plan, state, @event.At);
        if (IsTimedOut(state, @event.At))
        {
            TimeOut(draft, @event);
            return draft.ToDecision();
        }

        var ignored = @event switch
        {
            RunStarted => Start(draft),
            StepSucceeded succeeded => OnStepSucceeded(draft, succeeded),
            StepFailed failed => OnStepFailed(draft, failed),
            TimerFired => OnTimer(draft),
            ApprovalReceived approval => OnApproval(draft, approval.Decision),
            CancelRequested cancel => OnCancel(draft, cancel.Request),
            RollbackRequested => OnRollbackRequested(draft),
            CompensationSucceeded succeeded => OnCompensationSucceeded(draft, succeeded),
            CompensationFailed failed => OnCompensationFailed(draft, failed),
            StepRedelivered => OnRedelivered(draft),
            _ => RunIgnoredReasons.UnknownEvent,
        };
        return ignored is null ? draft.ToDecision() : new RunDecision(state, []) { IgnoredReason = ignored };
    }

    /// <summary>Why an event is ignored because of where the run stands, or null when the run is under way.</summary>
    private static string? NotUnderWay(RunState state) => state.Status switch
    {
        RunStatus.Queued => RunIgnoredReasons.NotStarted,
        _ when RunTransitions.IsTerminal(state.Status) => RunIgnoredReasons.Terminal,
        _ => null,
    };

    private static StepFailure EngineFailure(Draft draft, string type, string message) =>
        new(type, message, EngineHandler, draft.At, Retryable: false);

    /// <summary>The index of the forward step in flight or waiting (running, retry, delay, approval); -1 when none.</summary>
    private static int ActiveStep(Draft draft) =>
        Array.FindIndex(draft.Steps, step => step.Status is StepStatus.Running or StepStatus.WaitingToRetry or StepStatus.Waiting or StepStatus.AwaitingApproval);

    private static int IndexOf(Draft draft, string stepId) =>
        Array.FindIndex(draft.Steps, step => string.Equals(step.StepId, stepId, StringComparison.Ordinal));

    /// <summary><see cref="Draft.At"/> plus <paramref name="wait"/>, but never past the run's deadline.</summary>
    private static DateTimeOffset WakeAfter(Draft draft, TimeSpan wait) =>
        draft.State.Deadline is { } deadline && wait >= deadline - draft.At ? deadline : draft.At + wait;

    /// <summary>Ends the run in <paramref name="status"/>: publishes <paramref name="eventType"/> and completes it.</summary>
    private static void End(Draft draft, RunStatus status, string eventType)
    {
        draft.SetRun(status);
        draft.State = draft.State with { FinishedAt = draft.At, WakeAt = null, ApprovalRequestedAt = null };
        draft.Commands.Add(new PublishLifecycleEvent(eventType));
        draft.Commands.Add(new CompleteRun(status));
    }

    /// <summary>Marks every step that never started <see cref="StepStatus.Skipped"/>.</summary>
    private static void SkipPending(Draft draft)
    {
        for (var i = 0; i < draft.Steps.Length; i++)
        {
            if (draft.Steps[i].Status == StepStatus.Pending)
            {
                draft.SetStep(i, StepStatus.Skipped);
            }
        }
    }
}
