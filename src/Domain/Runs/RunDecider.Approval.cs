using System.Buffers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    /// <summary>Parks the run for a run-level approval (templates that require approval) before its first step.</summary>
    private static void AwaitRunApproval(Draft draft) => Park(draft, null);

    /// <summary>Parks step <paramref name="index"/> (and the run) until an approval comes or its timeout passes.</summary>
    private static void AwaitStepApproval(Draft draft, int index)
    {
        var deadline = draft.At + draft.Plan.ApprovalTimeout;
        draft.SetStep(index, StepStatus.AwaitingApproval, step => step with { StartedAt = step.StartedAt ?? draft.At, WakeAt = deadline });
        Park(draft, draft.Steps[index].StepId);
    }

    private static void Park(Draft draft, string? stepId)
    {
        var deadline = draft.At + draft.Plan.ApprovalTimeout;
        draft.SetRun(RunStatus.AwaitingApproval);
        draft.State = draft.State with { WakeAt = deadline, ApprovalRequestedAt = draft.At };
        draft.Commands.Add(new AwaitApproval(stepId, deadline));
        draft.Commands.Add(new ScheduleTimer(deadline));
        draft.Commands.Add(new PublishLifecycleEvent(RunLifecycleEvents.AwaitingApproval));
    }

    /// <summary>Time spent waiting for an approval does not count against the run timeout: the deadline moves on by it.</summary>
    private static void ResumeDeadline(Draft draft)
    {
        if (draft.State is { ApprovalRequestedAt: { } since, Deadline: { } deadline } && draft.At > since)
        {
            draft.State = draft.State with { Deadline = deadline + (draft.At - since) };
        }

        draft.State = draft.State with { ApprovalRequestedAt = null, WakeAt = null };
    }

    private static string? OnApproval(Draft draft, ApprovalDecision decision)
    {
        if (draft.State.Status != RunStatus.AwaitingApproval)
        {
            return RunTransitions.IsTerminal(draft.State.Status) ? RunIgnoredReasons.Terminal : RunIgnoredReasons.NotAwaitingApproval;
        }

        ResumeDeadline(draft);
        var index = Array.FindIndex(draft.Steps, step => step.Status == StepStatus.AwaitingApproval);
        if (!decision.Approved)
        {
            var rejected = new StepFailure(StepFailureTypes.ApprovalRejected, "The approval was rejected.", HandlerKinds.Approval, draft.At, Retryable: false);
            RefuseApproval(draft, index, decision, rejected);
            return null;
        }

        draft.SetRun(RunStatus.Running);
        if (index < 0)
        {
            draft.State = draft.State with { Approval = decision };
            Advance(draft);
        }
        else if (draft.Plan.Steps[index].Uses == HandlerKinds.Approval)
        {
            draft.Update(index, step => step with { Approval = decision, Attempt = 1 });
            RecordSuccess(draft, index, ApprovalOutputs(decision), (long)(draft.At - (draft.Steps[index].StartedAt ?? draft.At)).TotalMilliseconds);
            Advance(draft);
        }
        else
        {
            draft.Update(index, step => step with { Approval = decision, WakeAt = null });
            EnterStep(draft, index, approved: true);
        }

        return null;
    }

    /// <summary>A rejection or an approval timeout: the waiting step (if any) fails and the run takes the failure path.</summary>
    private static void RefuseApproval(Draft draft, int index, ApprovalDecision? decision, StepFailure failure)
    {
        if (index >= 0)
        {
            draft.SetStep(index, StepStatus.Failed, step => step with { Approval = decision ?? step.Approval, Failure = failure, FinishedAt = draft.At, WakeAt = null });
        }
        else if (decision is not null)
        {
            draft.State = draft.State with { Approval = decision };
        }

        FailRun(draft, RollbackReasons.Failed, failure);
    }

    private static void ApprovalTimedOut(Draft draft)
    {
        ResumeDeadline(draft);
        var index = Array.FindIndex(draft.Steps, step => step.Status == StepStatus.AwaitingApproval);
        var failure = new StepFailure(StepFailureTypes.ApprovalTimeout, "No approval came within the approval timeout.", HandlerKinds.Approval, draft.At, Retryable: false);
        RefuseApproval(draft, index, null, failure);
    }

    /// <summary>The outputs of an approved <c>approval</c> step: <c>{"approved_by","approved_at","comment"}</c>.</summary>
    private static string ApprovalOutputs(ApprovalDecision decision)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("approved_by", decision.By);
            writer.WriteString("approved_at", decision.At);
            if (decision.Comment is null)
            {
                writer.WriteNull("comment");
            }
            else
            {
                writer.WriteString("comment", decision.Comment);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
