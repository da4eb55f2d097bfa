using JobForge.Domain.Steps;

namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    private static string? OnStepFailed(Draft draft, StepFailed failed)
    {
        if (NotUnderWay(draft.State) is { } reason)
        {
            return reason;
        }

        var index = InFlight(draft, failed.StepId, failed.Attempt);
        if (index < 0)
        {
            return RunIgnoredReasons.StaleAttempt;
        }

        var duration = Math.Max(0, failed.DurationMs);
        if (draft.State.Cancel is not null)
        {
            draft.SetStep(index, StepStatus.Canceled, step => step with { Failure = failed.Failure, FinishedAt = draft.At, DurationMs = step.DurationMs + duration });
            CompleteCancel(draft);
            return null;
        }

        var retry = draft.Plan.Steps[index].Retry;
        if (failed.Failure.Retryable && failed.Attempt < retry.MaxAttempts)
        {
            var wake = WakeAfter(draft, RetryDelay.Compute(retry, failed.Attempt, failed.Jitter, failed.Failure.RetryAfter));
            draft.SetStep(index, StepStatus.WaitingToRetry, step => step with { Failure = failed.Failure, WakeAt = wake, DurationMs = step.DurationMs + duration });
            draft.State = draft.State with { WakeAt = wake };
            draft.Commands.Add(new ScheduleTimer(wake));
            return null;
        }

        draft.SetStep(index, StepStatus.Failed, step => step with { Failure = failed.Failure, FinishedAt = draft.At, DurationMs = step.DurationMs + duration });
        FailRun(draft, RollbackReasons.Failed, failed.Failure);
        return null;
    }

    /// <summary>
    /// A worker took the run over: the attempt in flight is handed out again with the same attempt number (so the same
    /// idempotency key), or quarantined as <c>poison</c> once it was delivered more than <see cref="RunPlan.MaxDeliveries"/> times.
    /// </summary>
    private static string? OnRedelivered(Draft draft)
    {
        if (NotUnderWay(draft.State) is { } reason)
        {
            return reason;
        }

        if (draft.State.Status == RunStatus.RollingBack)
        {
            return RedeliverCompensation(draft);
        }

        var index = Array.FindIndex(draft.Steps, step => step.Status == StepStatus.Running);
        if (index < 0)
        {
            return RunIgnoredReasons.NoStepInFlight;
        }

        if (draft.State.Cancel is not null)
        {
            draft.SetStep(index, StepStatus.Canceled, step => step with { FinishedAt = draft.At });
            CompleteCancel(draft);
            return null;
        }

        var deliveries = draft.Steps[index].Deliveries + 1;
        if (deliveries > draft.Plan.MaxDeliveries)
        {
            var poison = Poison(draft, deliveries);
            draft.SetStep(index, StepStatus.Failed, step => step with { Deliveries = deliveries, Failure = poison, FinishedAt = draft.At });
            FailRun(draft, RollbackReasons.Failed, poison);
            return null;
        }

        draft.Update(index, step => step with { Deliveries = deliveries });
        var attempt = draft.Steps[index];
        draft.Commands.Add(new ExecuteStep(attempt.StepId, attempt.Attempt, AttemptTimeout(draft, draft.Plan.Steps[index].Timeout)));
        return null;
    }

    private static StepFailure Poison(Draft draft, int deliveries) =>
        EngineFailure(draft, StepFailureTypes.Poison, $"The attempt was delivered {deliveries} times (at most {draft.Plan.MaxDeliveries}) and is quarantined.");
}
