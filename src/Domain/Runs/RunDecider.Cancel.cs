using JobForge.Domain.Steps;

namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    /// <summary>
    /// A cancel: with a step executing, the request is kept and the step signaled (its outcome event then completes the
    /// cancel); otherwise the cancel completes at once: with rollback through the failure path (reason <c>canceled</c>),
    /// without it the run ends <see cref="RunStatus.Canceled"/>.
    /// </summary>
    private static string? OnCancel(Draft draft, CancelRequest request)
    {
        if (RunTransitions.IsTerminal(draft.State.Status))
        {
            return RunIgnoredReasons.Terminal;
        }

        if (draft.State.Status == RunStatus.RollingBack)
        {
            return RunIgnoredReasons.RollingBack;
        }

        if (draft.State.Cancel is not null)
        {
            return RunIgnoredReasons.CancelPending;
        }

        draft.State = draft.State with { Cancel = request };
        var index = ActiveStep(draft);
        if (index >= 0 && draft.Steps[index].Status == StepStatus.Running)
        {
            draft.Commands.Add(new CancelInFlightStep(draft.Steps[index].StepId));
            return null;
        }

        if (index >= 0)
        {
            draft.SetStep(index, StepStatus.Canceled, step => step with { FinishedAt = draft.At, WakeAt = null });
        }

        CompleteCancel(draft);
        return null;
    }

    /// <summary>Finishes a cancel once no step is executing.</summary>
    private static void CompleteCancel(Draft draft)
    {
        var request = draft.State.Cancel!;
        var failure = EngineFailure(draft, StepFailureTypes.Canceled, "The run was canceled.");
        if (request.Rollback)
        {
            FailRun(draft, RollbackReasons.Canceled, failure);
            return;
        }

        SkipPending(draft);
        draft.State = draft.State with { Failure = failure };
        End(draft, RunStatus.Canceled, RunLifecycleEvents.Failed);
    }
}
