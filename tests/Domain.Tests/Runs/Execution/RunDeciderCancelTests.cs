using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunDeciderCancelTests
{
    private static readonly TimeSpan s_five = TimeSpan.FromMinutes(5);

    private static RunScenario WaitingToRetryAfterCompensableStep()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b"), Step("c")], Step("undo_a")));
        run.Start();
        run.Succeed("a", 1);
        run.Fail("b", 2, Retryable(At(2)));
        return run;
    }

    private static CancelRequested Cancel(double at, bool rollback) => new(At(at), new CancelRequest("ops", At(at), rollback));

    [Fact]
    public void Decide_CancelWhileIdleWithoutRollback_CancelsAtOnce()
    {
        var run = WaitingToRetryAfterCompensableStep();

        var canceled = run.Apply(Cancel(2.5, rollback: false));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Canceled)], canceled.Commands);
        Assert.Equal(RunStatus.Canceled, run.State.Status);
        Assert.Equal(StepFailureTypes.Canceled, run.State.Failure!.Type);
        Assert.Equal(StepStatus.Succeeded, run["a"].Status);
        Assert.Equal(StepStatus.Canceled, run["b"].Status);
        Assert.Equal(StepStatus.Skipped, run["c"].Status);
        Assert.Null(run.State.WakeAt);
        Assert.Equal(RunIgnoredReasons.Terminal, run.Timer(3).IgnoredReason);
        Assert.Equal(RunIgnoredReasons.Terminal, run.Apply(Cancel(4, rollback: false)).IgnoredReason);
    }

    [Fact]
    public void Decide_CancelWhileIdleWithRollback_RollsBackWithReasonCanceled()
    {
        var run = WaitingToRetryAfterCompensableStep();

        var canceled = run.Apply(Cancel(2.5, rollback: true));

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_five)], canceled.Commands);
        Assert.Equal(RunStatus.RollingBack, run.State.Status);
        Assert.Equal(RollbackReasons.Canceled, run.State.RollbackReason);
        Assert.Equal(RunIgnoredReasons.RollingBack, run.Apply(Cancel(3, rollback: false)).IgnoredReason);
        run.Apply(new CompensationSucceeded(At(4), "a", 1, 10));
        Assert.Equal(RunStatus.RolledBack, run.State.Status);
    }

    [Fact]
    public void Decide_CancelInFlightWithoutRollback_SignalsTheStepAndCancelsWhenItStops()
    {
        var run = new RunScenario(PlanOf([Step("a"), Step("b")]));
        run.Start();

        var signaled = run.Apply(Cancel(1, rollback: false));
        Assert.Equal<RunCommand>([new CancelInFlightStep("a")], signaled.Commands);
        Assert.Equal(RunStatus.Running, run.State.Status);
        Assert.NotNull(run.State.Cancel);
        Assert.Equal(RunIgnoredReasons.CancelPending, run.Apply(Cancel(1.5, rollback: true)).IgnoredReason);

        var stopped = run.Fail("a", 2, new StepFailure(StepFailureTypes.Canceled, "canceled", "http", At(2), Retryable: true));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Canceled)], stopped.Commands);
        Assert.Equal(StepStatus.Canceled, run["a"].Status);
        Assert.Equal(StepStatus.Skipped, run["b"].Status);
    }

    [Fact]
    public void Decide_CancelInFlightWithRollback_StepThatStillSucceededIsCompensated()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b")], Step("undo_a")));
        run.Start();
        run.Apply(Cancel(1, rollback: true));

        var finished = run.Succeed("a", 2);

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_five)], finished.Commands);
        Assert.Equal(RunStatus.RollingBack, run.State.Status);
        Assert.Equal(StepStatus.Skipped, run["b"].Status);
    }

    [Fact]
    public void Decide_CancelWithRollbackAndNothingToUndo_EndsCanceled()
    {
        var run = new RunScenario(PlanOf([Step("a"), Step("b")]));
        run.Start();
        run.Apply(Cancel(1, rollback: true));

        var stopped = run.Apply(new StepRedelivered(At(2)));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Canceled)], stopped.Commands);
        Assert.Equal(StepStatus.Canceled, run["a"].Status);
    }

    [Fact]
    public void Decide_CancelQueuedOrAwaitingApproval_CancelsAtOnce()
    {
        var queued = new RunScenario(PlanOf([Step("a")]));
        queued.Apply(Cancel(0, rollback: false));
        Assert.Equal(RunStatus.Canceled, queued.State.Status);
        Assert.Equal(StepStatus.Skipped, queued["a"].Status);

        var parked = new RunScenario(PlanOf([Step("a", requiresApproval: true)]));
        parked.Start();
        parked.Apply(Cancel(1, rollback: false));
        Assert.Equal(RunStatus.Canceled, parked.State.Status);
        Assert.Equal(StepStatus.Canceled, parked["a"].Status);
    }
}
