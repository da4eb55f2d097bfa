using System.Text.Json;
using JobForge.Domain.Runs;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunDeciderDeterminismTests
{
    private static List<RunEvent> Events() =>
    [
        new RunStarted(At(0)),
        new StepSucceeded(At(1), "a", 1, """{"id":7}""", 50),
        new StepFailed(At(2), "b", 1, Retryable(At(2)), 40, 0.37),
        new StepRedelivered(At(2.5)),
        new TimerFired(At(3)),
        new StepRedelivered(At(3.5)),
        new StepFailed(At(4), "b", 2, Fatal(At(4)), 40, 0.91),
        new CompensationFailed(At(5), "a", 1, Retryable(At(5)), 10, 0.12),
        new TimerFired(At(7)),
        new CompensationSucceeded(At(8), "a", 2, 10),
    ];

    private static (List<string> States, List<RunCommand> Commands) Replay()
    {
        var run = new RunScenario(PlanOf([Step("a", compensate: "undo_a"), Step("b"), Step("c")], Step("undo_a")));
        var states = new List<string>();
        var commands = new List<RunCommand>();
        foreach (var @event in Events())
        {
            var decision = run.Apply(@event);
            states.Add(JsonSerializer.Serialize(decision.State));
            commands.AddRange(decision.Commands);
        }

        return (states, commands);
    }

    [Fact]
    public void Decide_SameEventsTwice_GivesEqualStatesAndCommands()
    {
        var first = Replay();
        var second = Replay();

        Assert.Equal(first.States, second.States);
        Assert.Equal(first.Commands, second.Commands);
        Assert.Contains("\"Status\":" + (int)RunStatus.RolledBack + ",", first.States[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_IgnoredEvents_DoNotAdvanceTheSequence()
    {
        var run = new RunScenario(PlanOf([Step("a")]));
        run.Start();

        run.Succeed("a", 1, attempt: 9);
        run.Timer(2);

        Assert.Equal(1, run.State.Sequence);
        Assert.Equal([RunIgnoredReasons.StaleAttempt, RunIgnoredReasons.TimerNotDue], run.Decisions.Skip(1).Select(decision => decision.IgnoredReason));
    }

    [Fact]
    public void Decide_StateFromAnotherPlan_IsRejected()
    {
        var state = RunStateFactory.Initial(PlanOf([Step("a"), Step("b")]));

        Assert.Throws<ArgumentException>(() => RunDecider.Decide(PlanOf([Step("a")]), state, new RunStarted(At(0))));
    }
}
