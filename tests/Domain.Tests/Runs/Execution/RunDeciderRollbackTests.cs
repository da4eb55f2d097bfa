using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunDeciderRollbackTests
{
    private static readonly TimeSpan s_compTimeout = TimeSpan.FromSeconds(45);

    private static RunPlan SagaPlan() => PlanOf(
        [Step("a", compensate: "undo_a"), Step("b", compensate: "undo_b"), Step("c", compensate: "undo_c"), Step("plain"), Step("d")],
        Step("undo_a", timeout: s_compTimeout),
        Step("undo_b", maxAttempts: 1, timeout: s_compTimeout),
        Step("undo_c", maxAttempts: 2, timeout: s_compTimeout));

    private static RunScenario FailAfterFourSteps()
    {
        var run = new RunScenario(SagaPlan());
        run.Start();
        run.Succeed("a", 1);
        run.Succeed("b", 2);
        run.Succeed("c", 3);
        run.Succeed("plain", 4);
        return run;
    }

    [Fact]
    public void Decide_FailureAfterCompensableSteps_CompensatesInReverseOrderRetryingAndListingFailures()
    {
        var run = FailAfterFourSteps();

        var failing = run.Fail("d", 5, Fatal(At(5)));
        Assert.Equal<RunCommand>([new ExecuteCompensation("c", "undo_c", 1, s_compTimeout)], failing.Commands);
        Assert.Equal(RunStatus.RollingBack, run.State.Status);
        Assert.Equal(RollbackReasons.Failed, run.State.RollbackReason);
        Assert.Equal(StepStatus.Compensating, run["c"].Status);

        var retry = run.Apply(new CompensationFailed(At(6), "c", 1, Retryable(At(6)), 10, 0.5));
        Assert.Equal<RunCommand>([new ScheduleTimer(At(7))], retry.Commands);
        Assert.Equal(RunIgnoredReasons.StaleAttempt, run.Apply(new CompensationSucceeded(At(6.5), "c", 1, 10)).IgnoredReason);
        Assert.Equal<RunCommand>([new ExecuteCompensation("c", "undo_c", 2, s_compTimeout)], run.Timer(7).Commands);

        var next = run.Apply(new CompensationSucceeded(At(8), "c", 2, 10));
        Assert.Equal<RunCommand>([new ExecuteCompensation("b", "undo_b", 1, s_compTimeout)], next.Commands);

        var givenUp = run.Apply(new CompensationFailed(At(9), "b", 1, Retryable(At(9)), 10, 0.5));
        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_compTimeout)], givenUp.Commands);

        var end = run.Apply(new CompensationSucceeded(At(10), "a", 1, 10));
        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.RollbackFailed)], end.Commands);
        Assert.Equal(RunStatus.RollbackFailed, run.State.Status);
        var listed = Assert.Single(run.State.RollbackFailures);
        Assert.Equal(StepFailureTypes.NetworkError, listed.Type);
        Assert.Equal(StepStatus.Compensated, run["a"].Status);
        Assert.Equal(StepStatus.CompensationFailed, run["b"].Status);
        Assert.Equal(StepStatus.Compensated, run["c"].Status);
        Assert.Equal(2, run["c"].CompensationAttempt);
        Assert.Equal(StepStatus.Succeeded, run["plain"].Status);
        Assert.Equal(StepStatus.Failed, run["d"].Status);
        Assert.Equal(StepFailureTypes.InvalidInput, run.State.Failure!.Type);
    }

    [Fact]
    public void Decide_EveryCompensationSucceeds_EndsRolledBack()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b")], Step("undo_a", timeout: s_compTimeout)));
        run.Start();
        run.Succeed("a", 1);
        run.Fail("b", 2, Fatal(At(2)));

        var end = run.Apply(new CompensationSucceeded(At(3), "a", 1, 10));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.RolledBack), new CompleteRun(RunStatus.RolledBack)], end.Commands);
        Assert.Equal(RunStatus.RolledBack, run.State.Status);
        Assert.Empty(run.State.RollbackFailures);
    }

    [Fact]
    public void Decide_ManualRollbackOfSucceededRun_CompensatesWithReasonManual()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b")], Step("undo_a", timeout: s_compTimeout)));
        Assert.Equal(RunIgnoredReasons.NotSucceeded, run.Apply(new RollbackRequested(At(0), "ops")).IgnoredReason);
        run.Start();
        run.Succeed("a", 1);
        Assert.Equal(RunIgnoredReasons.NotSucceeded, run.Apply(new RollbackRequested(At(1.5), "ops")).IgnoredReason);
        run.Succeed("b", 2);

        var rollback = run.Apply(new RollbackRequested(At(2 * 3600), "ops"));

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_compTimeout)], rollback.Commands);
        Assert.Equal(RunStatus.RollingBack, run.State.Status);
        Assert.Equal(RollbackReasons.Manual, run.State.RollbackReason);
        run.Apply(new CompensationSucceeded(At((2 * 3600) + 1), "a", 1, 10));
        Assert.Equal(RunStatus.RolledBack, run.State.Status);
        Assert.Equal(RunIgnoredReasons.NotSucceeded, run.Apply(new RollbackRequested(At(3 * 3600), "ops")).IgnoredReason);
    }

    [Fact]
    public void Decide_ManualRollbackWithNothingToCompensate_IsIgnored()
    {
        var run = new RunScenario(PlanOf([Step("a")]));
        run.Start();
        run.Succeed("a", 1);

        Assert.Equal(RunIgnoredReasons.NothingToCompensate, run.Apply(new RollbackRequested(At(2), "ops")).IgnoredReason);
    }

    [Fact]
    public void Decide_CompensationRedeliveredTooOften_FailsItAsPoisonAndContinues()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b")], Step("undo_a", timeout: s_compTimeout)) with { MaxDeliveries = 2 });
        run.Start();
        run.Succeed("a", 1);
        run.Fail("b", 2, Fatal(At(2)));

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_compTimeout)], run.Apply(new StepRedelivered(At(3))).Commands);
        var poisoned = run.Apply(new StepRedelivered(At(4)));

        Assert.Equal(RunStatus.RollbackFailed, run.State.Status);
        Assert.Equal(StepFailureTypes.Poison, Assert.Single(run.State.RollbackFailures).Type);
        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.RollbackFailed)], poisoned.Commands);
    }
}
