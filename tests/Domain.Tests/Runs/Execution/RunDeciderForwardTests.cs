using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunDeciderForwardTests
{
    private static readonly TimeSpan s_five = TimeSpan.FromMinutes(5);

    private static RunScenario ThreeSteps() => new(PlanOf([Step("a"), Step("b"), Step("c")]));

    [Fact]
    public void Decide_ThreeStepsSucceed_RunsThemInOrderAndCompletes()
    {
        var run = ThreeSteps();

        var started = run.Start();
        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Started), new ExecuteStep("a", 1, s_five)], started.Commands);
        Assert.Equal(RunStatus.Running, run.State.Status);
        Assert.Equal(At(0) + TimeSpan.FromHours(1), run.State.Deadline);
        Assert.Equal(StepStatus.Running, run["a"].Status);

        Assert.Equal<RunCommand>([new ExecuteStep("b", 1, s_five)], run.Succeed("a", 1, outputs: """{"x":1}""").Commands);
        Assert.Equal<RunCommand>([new ExecuteStep("c", 1, s_five)], run.Succeed("b", 2).Commands);
        var done = run.Succeed("c", 3);

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Succeeded), new CompleteRun(RunStatus.Succeeded)], done.Commands);
        Assert.Equal(RunStatus.Succeeded, run.State.Status);
        Assert.Equal(At(3), run.State.FinishedAt);
        Assert.Equal("""{"x":1}""", run["a"].OutputsJson);
        Assert.All(run.State.Steps, step => Assert.Equal(StepStatus.Succeeded, step.Status));
        Assert.Equal([1, 2, 3, 4], run.Decisions.Select(decision => decision.State.Sequence));
    }

    [Fact]
    public void Decide_NoSteps_SucceedsAtStart()
    {
        var run = new RunScenario(PlanOf([]));

        var started = run.Start();

        Assert.Equal<RunCommand>(
            [new PublishLifecycleEvent(RunLifecycleEvents.Started), new PublishLifecycleEvent(RunLifecycleEvents.Succeeded), new CompleteRun(RunStatus.Succeeded)],
            started.Commands);
    }

    [Fact]
    public void Decide_RetryableFailureThenSuccess_WaitsForTheTimerAndRunsTheNextAttempt()
    {
        var run = ThreeSteps();
        run.Start();

        var failed = run.Fail("a", 1, Retryable(At(1)));
        Assert.Equal<RunCommand>([new ScheduleTimer(At(2))], failed.Commands);
        Assert.Equal(StepStatus.WaitingToRetry, run["a"].Status);
        Assert.Equal(At(2), run.State.WakeAt);

        Assert.Equal(RunIgnoredReasons.TimerNotDue, run.Timer(1.5).IgnoredReason);
        Assert.Equal<RunCommand>([new ExecuteStep("a", 2, s_five)], run.Timer(2).Commands);
        Assert.Equal<RunCommand>([new ExecuteStep("b", 1, s_five)], run.Succeed("a", 3, attempt: 2).Commands);
        Assert.Equal(2, run["a"].Attempt);
        Assert.Equal(200, run["a"].DurationMs);
        Assert.Null(run["a"].Failure);
    }

    [Fact]
    public void Decide_RetryAfterLongerThanBackoff_WaitsForRetryAfter()
    {
        var run = ThreeSteps();
        run.Start();

        var failed = run.Fail("a", 1, Retryable(At(1), TimeSpan.FromSeconds(30)));

        Assert.Equal<RunCommand>([new ScheduleTimer(At(31))], failed.Commands);
    }

    [Fact]
    public void Decide_NonRetryableFailure_FailsTheRunAtOnceAndSkipsTheRest()
    {
        var run = ThreeSteps();
        run.Start();

        var failed = run.Fail("a", 1, Fatal(At(1)));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Failed)], failed.Commands);
        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(StepFailureTypes.InvalidInput, run.State.Failure!.Type);
        Assert.Equal(StepStatus.Failed, run["a"].Status);
        Assert.Equal(StepStatus.Skipped, run["b"].Status);
        Assert.Equal(StepStatus.Skipped, run["c"].Status);
    }

    [Fact]
    public void Decide_RetriesExhausted_FailsTheRun()
    {
        var run = new RunScenario(PlanOf([Step("a", maxAttempts: 2), Step("b")]));
        run.Start();
        run.Fail("a", 1, Retryable(At(1)));
        run.Timer(2);

        var failed = run.Fail("a", 3, Retryable(At(3)), attempt: 2);

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Failed)], failed.Commands);
        Assert.Equal(2, run["a"].Attempt);
        Assert.Equal(StepStatus.Failed, run["a"].Status);
        Assert.Equal(StepFailureTypes.NetworkError, run.State.Failure!.Type);
    }

    [Fact]
    public void Decide_StaleOrUnknownAttempt_IsIgnoredAndLeavesTheStateAlone()
    {
        var run = ThreeSteps();
        run.Start();
        run.Fail("a", 1, Retryable(At(1)));
        run.Timer(2);
        var before = run.State;

        var stale = run.Succeed("a", 3, attempt: 1);
        var unknown = run.Succeed("zzz", 3);
        var notRunning = run.Fail("b", 3, Fatal(At(3)));

        Assert.All([stale, unknown, notRunning], decision =>
        {
            Assert.Equal(RunIgnoredReasons.StaleAttempt, decision.IgnoredReason);
            Assert.Empty(decision.Commands);
            Assert.Same(before, decision.State);
        });
    }

    [Fact]
    public void Decide_EventsOnQueuedOrFinishedRuns_AreIgnoredWithAReason()
    {
        var run = new RunScenario(PlanOf([Step("a")]));
        Assert.Equal(RunIgnoredReasons.NotStarted, run.Succeed("a", 0).IgnoredReason);
        run.Start();
        Assert.Equal(RunIgnoredReasons.AlreadyStarted, run.Start(1).IgnoredReason);
        run.Succeed("a", 1);

        Assert.Equal(RunIgnoredReasons.Terminal, run.Succeed("a", 2).IgnoredReason);
        Assert.Equal(RunIgnoredReasons.Terminal, run.Timer(5000).IgnoredReason);
        Assert.Equal(RunIgnoredReasons.Terminal, run.Start(3).IgnoredReason);
    }

    [Fact]
    public void Decide_LeaseLost_AbandonsWithTheStateUnchanged()
    {
        var run = ThreeSteps();
        run.Start();
        var before = run.State;

        var lost = run.Apply(new LeaseLost(At(1)));

        Assert.Same(before, lost.State);
        Assert.Equal<RunCommand>([new AbandonRun()], lost.Commands);
        Assert.Null(lost.IgnoredReason);
    }

    [Fact]
    public void Decide_StepNearTheDeadline_GetsOnlyTheTimeLeft()
    {
        var run = new RunScenario(PlanOf([Step("a"), Step("b")]) with { RunTimeout = TimeSpan.FromMinutes(10) });
        run.Start();

        var next = run.Succeed("a", 8 * 60);

        Assert.Equal<RunCommand>([new ExecuteStep("b", 1, TimeSpan.FromMinutes(2))], next.Commands);
    }
}
