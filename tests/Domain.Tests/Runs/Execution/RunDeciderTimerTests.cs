using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunDeciderTimerTests
{
    private static readonly TimeSpan s_five = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("""{"duration":"30s"}""", 30)]
    [InlineData("""{"duration":"PT1M"}""", 60)]
    [InlineData("""{"seconds":2.5}""", 2.5)]
    public void Decide_DelayStep_WaitsForItsTimerThenSucceedsWithWaitedMs(string with, double seconds)
    {
        var run = new RunScenario(PlanOf([Step("wait", HandlerKinds.Delay, with: with), Step("after")]));

        var started = run.Start();
        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Started), new ScheduleTimer(At(seconds))], started.Commands);
        Assert.Equal(StepStatus.Waiting, run["wait"].Status);
        Assert.Equal(RunIgnoredReasons.TimerNotDue, run.Timer(seconds - 0.5).IgnoredReason);

        var woke = run.Timer(seconds + 1);

        Assert.Equal<RunCommand>([new ExecuteStep("after", 1, s_five)], woke.Commands);
        Assert.Equal(StepStatus.Succeeded, run["wait"].Status);
        Assert.Equal((long)((seconds + 1) * 1000), JsonDocument.Parse(run["wait"].OutputsJson!).RootElement.GetProperty("waited_ms").GetInt64());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"duration":"soon"}""")]
    [InlineData("""{"seconds":-1}""")]
    [InlineData("""{"duration":30}""")]
    public void Decide_DelayWithoutAValidDuration_FailsWithInvalidInput(string with)
    {
        var run = new RunScenario(PlanOf([Step("wait", HandlerKinds.Delay, with: with)]));

        run.Start();

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(StepFailureTypes.InvalidInput, run["wait"].Failure!.Type);
    }

    private static Run RunWith(string inputs) => new()
    {
        RunId = "r1",
        TenantId = "t1",
        TemplateKey = "k",
        TemplateVersion = "1.0.0",
        TemplateJson = "{}",
        InputsJson = inputs,
        InputsSha256 = "x",
        TraceId = "trace",
        RequestedAt = T0,
    };

    [Theory]
    [InlineData("""{"duration":"${{ inputs.d }}"}""", """{"d":"8s"}""", 8)]
    [InlineData("""{"seconds":"${{ inputs.n }}"}""", """{"n":2}""", 2)]
    [InlineData("""{"duration":"${{ steps.first.outputs.wait }}"}""", "{}", 5)]
    public void Decide_DelayWhoseDurationIsAnExpression_WaitsTheResolvedDuration(string with, string inputs, double seconds)
    {
        var plan = PlanOf([Step("first"), Step("wait", HandlerKinds.Delay, with: with), Step("after")]) with { Run = RunWith(inputs) };
        var run = new RunScenario(plan);
        run.Start();

        var woke = run.Succeed("first", 0, outputs: """{"wait":"5s"}""");

        Assert.Equal<RunCommand>([new ScheduleTimer(At(seconds))], woke.Commands);
        run.Timer(seconds);
        Assert.Equal(StepStatus.Succeeded, run["wait"].Status);
        Assert.Equal((long)(seconds * 1000), JsonDocument.Parse(run["wait"].OutputsJson!).RootElement.GetProperty("waited_ms").GetInt64());
    }

    [Fact]
    public void Decide_DelayWhoseExpressionCannotResolve_FailsWithInvalidInputNamingThePath()
    {
        var plan = PlanOf([Step("wait", HandlerKinds.Delay, with: """{"duration":"${{ inputs.missing }}"}""")]) with { Run = RunWith("{}") };
        var run = new RunScenario(plan);

        run.Start();

        Assert.Equal(RunStatus.Failed, run.State.Status);
        Assert.Equal(StepFailureTypes.InvalidInput, run["wait"].Failure!.Type);
        Assert.Contains("duration", run["wait"].Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RetryPastTheDeadline_TimerAtTheDeadlineTimesOutAndRollsBack()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b")], Step("undo_a")) with { RunTimeout = TimeSpan.FromMinutes(10) });
        run.Start();
        run.Succeed("a", 60);
        var failed = run.Fail("b", 360, Retryable(At(360), TimeSpan.FromMinutes(10)));
        Assert.Equal<RunCommand>([new ScheduleTimer(At(600))], failed.Commands);

        var timedOut = run.Timer(600);

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_five)], timedOut.Commands);
        Assert.Equal(RollbackReasons.RunTimeout, run.State.RollbackReason);
        Assert.Equal(StepFailureTypes.RunTimeout, run.State.Failure!.Type);
        Assert.Equal(StepStatus.Failed, run["b"].Status);
    }

    [Fact]
    public void Decide_EventAfterTheDeadlineWhileAStepRuns_CancelsItAndFailsTheRun()
    {
        var run = new RunScenario(PlanOf([Step("a"), Step("b")]) with { RunTimeout = TimeSpan.FromMinutes(10) });
        run.Start();

        var late = run.Apply(new StepRedelivered(At(601)));

        Assert.Equal<RunCommand>(
            [new CancelInFlightStep("a"), new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Failed)], late.Commands);
        Assert.Equal(StepFailureTypes.RunTimeout, run["a"].Failure!.Type);
        Assert.Equal(StepStatus.Skipped, run["b"].Status);
    }

    [Fact]
    public void Decide_SuccessArrivingAtTheDeadline_IsRecordedThenTheRunTimesOut()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b")], Step("undo_a")) with { RunTimeout = TimeSpan.FromMinutes(10) });
        run.Start();

        var late = run.Succeed("a", 600);

        Assert.Equal<RunCommand>([new ExecuteCompensation("a", "undo_a", 1, s_five)], late.Commands);
        Assert.Equal("{}", run["a"].OutputsJson);
        Assert.Equal(RollbackReasons.RunTimeout, run.State.RollbackReason);
    }

    [Fact]
    public void Decide_RedeliveredUpToMaxDeliveries_ReExecutesTheSameAttemptThenQuarantinesAsPoison()
    {
        var run = new RunScenario(PlanOf([Step("a"), Step("b")]) with { MaxDeliveries = 3 });
        run.Start();

        Assert.Equal<RunCommand>([new ExecuteStep("a", 1, s_five)], run.Apply(new StepRedelivered(At(1))).Commands);
        Assert.Equal<RunCommand>([new ExecuteStep("a", 1, s_five)], run.Apply(new StepRedelivered(At(2))).Commands);
        Assert.Equal(3, run["a"].Deliveries);
        var poisoned = run.Apply(new StepRedelivered(At(3)));

        Assert.Equal<RunCommand>([new PublishLifecycleEvent(RunLifecycleEvents.Failed), new CompleteRun(RunStatus.Failed)], poisoned.Commands);
        Assert.Equal(StepFailureTypes.Poison, run.State.Failure!.Type);
        Assert.False(run.State.Failure.Retryable);
        Assert.Equal(StepStatus.Failed, run["a"].Status);
    }

    [Fact]
    public void Decide_RedeliveredWithNothingInFlight_IsIgnored()
    {
        var run = new RunScenario(PlanOf([Step("a")]));
        run.Start();
        run.Fail("a", 1, Retryable(At(1)));

        Assert.Equal(RunIgnoredReasons.NoStepInFlight, run.Apply(new StepRedelivered(At(1.5))).IgnoredReason);
    }
}
