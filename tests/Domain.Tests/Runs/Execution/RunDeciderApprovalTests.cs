using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunDeciderApprovalTests
{
    private static readonly TimeSpan s_five = TimeSpan.FromMinutes(5);

    private static RunScenario GateThenWork() => new(PlanOf([Step("gate", HandlerKinds.Approval), Step("work")]));

    private static ApprovalReceived Decision(double at, bool approved, string? comment = "ok") =>
        new(At(at), new ApprovalDecision(approved, "alice", At(at), comment));

    [Fact]
    public void Decide_ApprovalStep_ParksTheRunUntilApproved()
    {
        var run = GateThenWork();

        var started = run.Start();

        Assert.Equal<RunCommand>(
        [
            new PublishLifecycleEvent(RunLifecycleEvents.Started), new AwaitApproval("gate", At(0) + TimeSpan.FromHours(24)),
            new ScheduleTimer(At(0) + TimeSpan.FromHours(24)), new PublishLifecycleEvent(RunLifecycleEvents.AwaitingApproval),
        ], started.Commands);
        Assert.Equal(RunStatus.AwaitingApproval, run.State.Status);
        Assert.Equal(StepStatus.AwaitingApproval, run["gate"].Status);
    }

    [Fact]
    public void Decide_ApprovalStepApprovedAfterTheRunTimeout_SucceedsWithOutputsAndTheWaitDoesNotCount()
    {
        var run = GateThenWork();
        run.Start();

        var approved = run.Apply(Decision(5400, approved: true));

        Assert.Equal<RunCommand>([new ExecuteStep("work", 1, s_five)], approved.Commands);
        Assert.Equal(RunStatus.Running, run.State.Status);
        Assert.Equal(StepStatus.Succeeded, run["gate"].Status);
        var outputs = JsonDocument.Parse(run["gate"].OutputsJson!).RootElement;
        Assert.Equal("alice", outputs.GetProperty("approved_by").GetString());
        Assert.Equal(At(5400), outputs.GetProperty("approved_at").GetDateTimeOffset());
        Assert.Equal("ok", outputs.GetProperty("comment").GetString());
        Assert.Equal(At(5400) + TimeSpan.FromHours(1), run.State.Deadline);
        Assert.Null(run.State.ApprovalRequestedAt);
    }

    [Fact]
    public void Decide_RequiresApprovalStepApproved_ThenExecutes()
    {
        var run = new RunScenario(PlanOf([Step("deploy", requiresApproval: true)]));
        run.Start();

        var approved = run.Apply(Decision(60, approved: true, comment: null));

        Assert.Equal<RunCommand>([new ExecuteStep("deploy", 1, s_five)], approved.Commands);
        Assert.Equal(StepStatus.Running, run["deploy"].Status);
        Assert.Equal("alice", run["deploy"].Approval!.By);
    }

    [Fact]
    public void Decide_Rejected_FailsTheStepAndTheRun()
    {
        var run = GateThenWork();
        run.Start();

        var rejected = run.Apply(Decision(60, approved: false));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Failed)], rejected.Commands);
        Assert.Equal(StepFailureTypes.ApprovalRejected, run.State.Failure!.Type);
        Assert.False(run.State.Failure.Retryable);
        Assert.Equal(StepStatus.Failed, run["gate"].Status);
        Assert.Equal(StepStatus.Skipped, run["work"].Status);
    }

    [Fact]
    public void Decide_RejectedAfterCompensableStep_RollsBack()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("deploy", requiresApproval: true)], Step("undo_a")));
        run.Start();
        run.Succeed("a", 1);

        var rejected = run.Apply(Decision(60, approved: false));

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_five)], rejected.Commands);
        Assert.Equal(RunStatus.RollingBack, run.State.Status);
    }

    [Fact]
    public void Decide_NoDecisionWithinTheApprovalTimeout_FailsWithApprovalTimeout()
    {
        var run = GateThenWork();
        run.Start();
        Assert.Equal(RunIgnoredReasons.TimerNotDue, run.Timer(3600).IgnoredReason);

        var timedOut = run.Timer(24 * 3600);

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Failed)], timedOut.Commands);
        Assert.Equal(StepFailureTypes.ApprovalTimeout, run.State.Failure!.Type);
        Assert.Equal(StepStatus.Failed, run["gate"].Status);
    }

    [Fact]
    public void Decide_TemplateRequiresApproval_WaitsAtRunLevelBeforeTheFirstStep()
    {
        var run = new RunScenario(PlanOf([Step("a")]) with { RequiresApproval = true });

        var started = run.Start();
        Assert.Contains(new AwaitApproval(null, At(0) + TimeSpan.FromHours(24)), started.Commands);
        Assert.Equal(StepStatus.Pending, run["a"].Status);

        var approved = run.Apply(Decision(30, approved: true));

        Assert.Equal<RunCommand>([new ExecuteStep("a", 1, s_five)], approved.Commands);
        Assert.Equal("alice", run.State.Approval!.By);
    }

    [Fact]
    public void Decide_ApprovalWhenNothingWaits_IsIgnored()
    {
        var run = new RunScenario(PlanOf([Step("a")]));
        run.Start();

        Assert.Equal(RunIgnoredReasons.NotAwaitingApproval, run.Apply(Decision(1, approved: true)).IgnoredReason);
    }
}
