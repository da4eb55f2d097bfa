using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    private static string? Start(Draft draft)
    {
        if (draft.State.Status != RunStatus.Queued)
        {
            return RunTransitions.IsTerminal(draft.State.Status) ? RunIgnoredReasons.Terminal : RunIgnoredReasons.AlreadyStarted;
        }

        draft.SetRun(RunStatus.Running);
        draft.State = draft.State with { StartedAt = draft.At, Deadline = draft.At + draft.Plan.RunTimeout };
        draft.Commands.Add(new PublishLifecycleEvent(RunLifecycleEvents.Started));
        if (draft.Plan.RequiresApproval && draft.State.Approval is null)
        {
            AwaitRunApproval(draft);
        }
        else
        {
            Advance(draft);
        }

        return null;
    }

    /// <summary>Enters the next pending step, or ends the run <see cref="RunStatus.Succeeded"/> when none is left.</summary>
    private static void Advance(Draft draft)
    {
        var next = Array.FindIndex(draft.Steps, step => step.Status == StepStatus.Pending);
        if (next < 0)
        {
            End(draft, RunStatus.Succeeded, RunLifecycleEvents.Succeeded);
            return;
        }

        EnterStep(draft, next, approved: false);
    }

    /// <summary>Starts step <paramref name="index"/>: its approval first (unless given), a delay's timer, or its first attempt.</summary>
    private static void EnterStep(Draft draft, int index, bool approved)
    {
        var planned = draft.Plan.Steps[index];
        if (planned.Uses == HandlerKinds.Approval || (planned.RequiresApproval && !approved))
        {
            AwaitStepApproval(draft, index);
        }
        else if (planned.Uses == HandlerKinds.Delay)
        {
            StartDelay(draft, index);
        }
        else
        {
            Execute(draft, index, draft.Steps[index].Attempt + 1);
        }
    }

    /// <summary>Runs attempt <paramref name="attempt"/> of step <paramref name="index"/>, bounded by the run's deadline.</summary>
    private static void Execute(Draft draft, int index, int attempt)
    {
        draft.SetStep(index, StepStatus.Running, step => step with
        {
            Attempt = attempt,
            StartedAt = step.StartedAt ?? draft.At,
            WakeAt = null,
            Deliveries = 1,
        });
        draft.State = draft.State with { WakeAt = null };
        draft.Commands.Add(new ExecuteStep(draft.Steps[index].StepId, attempt, AttemptTimeout(draft, draft.Plan.Steps[index].Timeout)));
    }

    private static TimeSpan AttemptTimeout(Draft draft, TimeSpan timeout) =>
        draft.State.Deadline is { } deadline && deadline - draft.At < timeout ? deadline - draft.At : timeout;

    /// <summary>The step running attempt <paramref name="attempt"/> of <paramref name="stepId"/>, or -1 when that is stale.</summary>
    private static int InFlight(Draft draft, string stepId, int attempt)
    {
        var index = IndexOf(draft, stepId);
        return index >= 0 && draft.Steps[index].Status == StepStatus.Running && draft.Steps[index].Attempt == attempt ? index : -1;
    }

    private static string? OnStepSucceeded(Draft draft, StepSucceeded succeeded)
    {
        if (NotUnderWay(draft.State) is { } reason)
        {
            return reason;
        }

        var index = InFlight(draft, succeeded.StepId, succeeded.Attempt);
        if (index < 0)
        {
            return RunIgnoredReasons.StaleAttempt;
        }

        RecordSuccess(draft, index, succeeded.OutputsJson, succeeded.DurationMs);
        if (draft.State.Cancel is not null)
        {
            CompleteCancel(draft);
        }
        else
        {
            Advance(draft);
        }

        return null;
    }

    private static void RecordSuccess(Draft draft, int index, string outputsJson, long durationMs) =>
        draft.SetStep(index, StepStatus.Succeeded, step => step with
        {
            OutputsJson = outputsJson,
            FinishedAt = draft.At,
            DurationMs = step.DurationMs + Math.Max(0, durationMs),
            Failure = null,
            WakeAt = null,
        });
}
