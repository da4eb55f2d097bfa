using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    /// <summary>
    /// The failure path: steps that never started are skipped; when a succeeded step declares a compensation the run
    /// rolls back (reason <paramref name="reason"/>), else it ends <see cref="RunStatus.Failed"/> (or
    /// <see cref="RunStatus.Canceled"/> for a cancel with rollback that had nothing to undo).
    /// </summary>
    private static void FailRun(Draft draft, string reason, StepFailure? failure)
    {
        SkipPending(draft);
        draft.State = draft.State with { Failure = failure ?? draft.State.Failure, WakeAt = null, ApprovalRequestedAt = null };
        if (NextCompensation(draft) < 0)
        {
            End(draft, reason == RollbackReasons.Canceled ? RunStatus.Canceled : RunStatus.Failed, RunLifecycleEvents.Failed);
            return;
        }

        draft.SetRun(RunStatus.RollingBack);
        draft.State = draft.State with { RollbackReason = reason };
        CompensateNext(draft);
    }

    /// <summary>The succeeded step to compensate next: the latest completed one with a compensation; -1 when none is left.</summary>
    private static int NextCompensation(Draft draft)
    {
        var next = -1;
        for (var i = 0; i < draft.Steps.Length; i++)
        {
            if (draft.Steps[i].Status == StepStatus.Succeeded && draft.Plan.Steps[i].CompensateStepId is not null
                && (next < 0 || draft.Steps[i].FinishedAt >= draft.Steps[next].FinishedAt))
            {
                next = i;
            }
        }

        return next;
    }

    private static void CompensateNext(Draft draft)
    {
        var next = NextCompensation(draft);
        if (next >= 0)
        {
            Compensate(draft, next, 1);
        }
        else if (draft.State.RollbackFailures.Count == 0)
        {
            End(draft, RunStatus.RolledBack, RunLifecycleEvents.RolledBack);
        }
        else
        {
            End(draft, RunStatus.RollbackFailed, RunLifecycleEvents.Failed);
        }
    }

    private static void Compensate(Draft draft, int index, int attempt)
    {
        var compensationId = draft.Plan.Steps[index].CompensateStepId!;
        if (draft.Steps[index].Status != StepStatus.Compensating)
        {
            draft.SetStep(index, StepStatus.Compensating);
        }

        if (!draft.Plan.Compensations.TryGetValue(compensationId, out var compensation))
        {
            GiveUpCompensation(draft, index, EngineFailure(draft, StepFailureTypes.UnknownHandler, $"The compensation step '{compensationId}' is not in the plan."));
            return;
        }

        draft.Update(index, step => step with { CompensationAttempt = attempt, WakeAt = null, Deliveries = 1 });
        draft.State = draft.State with { WakeAt = null };
        draft.Commands.Add(new ExecuteCompensation(draft.Steps[index].StepId, compensationId, attempt, compensation.Timeout));
    }

    private static void GiveUpCompensation(Draft draft, int index, StepFailure failure)
    {
        draft.SetStep(index, StepStatus.CompensationFailed, step => step with { CompensationFailure = failure, WakeAt = null });
        draft.State = draft.State with { RollbackFailures = [.. draft.State.RollbackFailures, failure], WakeAt = null };
        CompensateNext(draft);
    }

    /// <summary>The step whose compensation attempt <paramref name="attempt"/> is in flight, or -1 when that is stale.</summary>
    private static int CompensationInFlight(Draft draft, string stepId, int attempt)
    {
        var index = IndexOf(draft, stepId);
        return index >= 0 && draft.Steps[index] is { Status: StepStatus.Compensating, WakeAt: null } step && step.CompensationAttempt == attempt
            ? index
            : -1;
    }

    private static string? OnCompensationSucceeded(Draft draft, CompensationSucceeded succeeded)
    {
        if (draft.State.Status != RunStatus.RollingBack)
        {
            return RunTransitions.IsTerminal(draft.State.Status) ? RunIgnoredReasons.Terminal : RunIgnoredReasons.NotRollingBack;
        }

        var index = CompensationInFlight(draft, succeeded.StepId, succeeded.Attempt);
        if (index < 0)
        {
            return RunIgnoredReasons.StaleAttempt;
        }

        draft.SetStep(index, StepStatus.Compensated, step => step with { CompensationFailure = null });
        CompensateNext(draft);
        return null;
    }

    private static string? OnCompensationFailed(Draft draft, CompensationFailed failed)
    {
        if (draft.State.Status != RunStatus.RollingBack)
        {
            return RunTransitions.IsTerminal(draft.State.Status) ? RunIgnoredReasons.Terminal : RunIgnoredReasons.NotRollingBack;
        }

        var index = CompensationInFlight(draft, failed.StepId, failed.Attempt);
        if (index < 0)
        {
            return RunIgnoredReasons.StaleAttempt;
        }

        var retry = draft.Plan.Compensations[draft.Plan.Steps[index].CompensateStepId!].Retry;
        if (!failed.Failure.Retryable || failed.Attempt >= retry.MaxAttempts)
        {
            GiveUpCompensation(draft, index, failed.Failure);
            return null;
        }

        var delay = RetryDelay.Compute(retry, failed.Attempt, failed.Jitter, failed.Failure.RetryAfter);
        var wake = draft.At + (delay > TemplateDuration.Max ? TemplateDuration.Max : delay);
        draft.Update(index, step => step with { CompensationFailure = failed.Failure, WakeAt = wake });
        draft.State = draft.State with { WakeAt = wake };
        draft.Commands.Add(new ScheduleTimer(wake));
        return null;
    }

    private static string? RedeliverCompensation(Draft draft)
    {
        var index = Array.FindIndex(draft.Steps, step => step is { Status: StepStatus.Compensating, WakeAt: null });
        if (index < 0)
        {
            return RunIgnoredReasons.NoStepInFlight;
        }

        var deliveries = draft.Steps[index].Deliveries + 1;
        if (deliveries > draft.Plan.MaxDeliveries)
        {
            draft.Update(index, step => step with { Deliveries = deliveries });
            GiveUpCompensation(draft, index, Poison(draft, deliveries));
            return null;
        }

        draft.Update(index, step => step with { Deliveries = deliveries });
        var step = draft.Steps[index];
        var compensationId = draft.Plan.Steps[index].CompensateStepId!;
        draft.Commands.Add(new ExecuteCompensation(step.StepId, compensationId, step.CompensationAttempt, draft.Plan.Compensations[compensationId].Timeout));
        return null;
    }

    /// <summary>A manual rollback: only a succeeded run with something to compensate rolls back (reason <c>manual</c>).</summary>
    /// <summary>
    /// Whether a rollback of <paramref name="state"/> would compensate anything: some succeeded step declares a
    /// compensation. A manual rollback of a run where none does is refused up front (<c>nothing_to_compensate</c>).
    /// </summary>
    public static bool HasCompensation(RunPlan plan, RunState state)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(state);
        return state.Steps.Count == plan.Steps.Count
            && state.Steps.Where((step, i) => step.Status == StepStatus.Succeeded && plan.Steps[i].CompensateStepId is not null).Any();
    }

    private static string? OnRollbackRequested(Draft draft)
    {
        if (draft.State.Status != RunStatus.Succeeded)
        {
            return RunIgnoredReasons.NotSucceeded;
        }

        if (NextCompensation(draft) < 0)
        {
            return RunIgnoredReasons.NothingToCompensate;
        }

        FailRun(draft, RollbackReasons.Manual, null);
        return null;
    }
}
