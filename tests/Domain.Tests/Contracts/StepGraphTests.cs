using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

public sealed class StepGraphTests
{
    private static StepNode Step(string id, params string[] dependsOn) => new(id) { DependsOn = dependsOn };

    [Fact]
    public void Analyze_NoDependencies_KeepsListOrder()
    {
        var result = StepGraph.Analyze([Step("c"), Step("a"), Step("b")]);

        Assert.True(result.IsValid);
        Assert.Equal(["c", "a", "b"], result.ExecutionOrder);
    }

    [Fact]
    public void Analyze_ForwardDependsOn_OrdersDependencyFirstWithListTieBreak()
    {
        var result = StepGraph.Analyze([Step("a", "d"), Step("b"), Step("c", "a"), Step("d")]);

        Assert.True(result.IsValid);
        Assert.Equal(["b", "d", "a", "c"], result.ExecutionOrder);
        Assert.Equal(["d"], result.Dependencies["a"]);
    }

    [Fact]
    public void Analyze_References_AreDependencies()
    {
        var steps = new[] { Step("a"), Step("b", "z"), new StepNode("c") { ReferencedSteps = ["b"] }, Step("z") };

        var result = StepGraph.Analyze(steps);

        Assert.True(result.IsValid);
        Assert.Equal(["a", "z", "b", "c"], result.ExecutionOrder);
        Assert.Equal(["b"], result.Dependencies["c"]);
    }

    [Fact]
    public void Analyze_Cycle_IsNamedOnceFromItsFirstStep()
    {
        var result = StepGraph.Analyze([Step("x"), Step("b", "c"), Step("a", "b"), Step("c", "a")]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemCodes.DependencyCycle, problem.Code);
        Assert.Equal("$.steps[1].depends_on", problem.Path);
        Assert.Contains("b → c → a → b", problem.Message, StringComparison.Ordinal);
        Assert.Empty(result.ExecutionOrder);
    }

    [Fact]
    public void Analyze_TwoCycles_AreBothReported()
    {
        var result = StepGraph.Analyze([Step("a", "b"), Step("b", "a"), Step("c", "d"), Step("d", "c")]);

        Assert.Equal(["a → b → a", "c → d → c"], result.Problems.Select(p => p.Message.Split(": ")[1]));
    }

    [Fact]
    public void Analyze_BadIdsAndTargets_AreReportedAtTheirPaths()
    {
        var steps = new[]
        {
            Step("a"),
            Step("a"),
            Step("bad id"),
            Step("c", "ghost", "c"),
            new StepNode("d") { ReferencedSteps = ["e", "nope"] },
            Step("e"),
        };

        var problems = StepGraph.Analyze(steps).Problems.Select(p => (p.Path, p.Code)).ToList();

        Assert.Equal(
        [
            ("$.steps[1].id", ContractProblemCodes.DuplicateStepId),
            ("$.steps[2].id", ContractProblemCodes.InvalidStepId),
            ("$.steps[3].depends_on[0]", ContractProblemCodes.UnknownStep),
            ("$.steps[3].depends_on[1]", ContractProblemCodes.SelfReference),
            ("$.steps[4].with", ContractProblemCodes.LaterStep),
            ("$.steps[4].with", ContractProblemCodes.UnknownStep),
        ], problems);
    }

    [Fact]
    public void Analyze_ReferenceProblemsOff_DropsBadReferencesSilently()
    {
        var result = StepGraph.Analyze([new StepNode("a") { ReferencedSteps = ["b"] }, Step("b")], reportReferenceProblems: false);

        Assert.True(result.IsValid);
        Assert.Equal(["a", "b"], result.ExecutionOrder);
    }

    [Fact]
    public void Analyze_Compensation_RulesAndOrder()
    {
        var steps = new[]
        {
            new StepNode("create") { Compensate = "undo" },
            new StepNode("undo") { IsCompensation = true, ReferencedSteps = ["create"] },
            new StepNode("next") { Compensate = "create", DependsOn = ["undo"] },
            new StepNode("undo2") { IsCompensation = true, Compensate = "undo" },
        };

        var result = StepGraph.Analyze(steps);

        Assert.Equal(
        [
            ("$.steps[2].depends_on[0]", ContractProblemCodes.CompensationStepReference),
            ("$.steps[2].compensate", ContractProblemCodes.InvalidCompensateTarget),
            ("$.steps[3].compensate", ContractProblemCodes.InvalidCompensateTarget),
        ], result.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(["create", "next"], result.ExecutionOrder);
    }

    [Fact]
    public void Analyze_TooManySteps_IsRejected()
    {
        var steps = Enumerable.Range(0, StepGraph.MaxSteps + 1).Select(i => Step($"s{i}")).ToList();

        Assert.Equal(ContractProblemCodes.TooManySteps, Assert.Single(StepGraph.Analyze(steps).Problems).Code);
    }

    [Fact]
    public void Analyze_LongChain_IsFastAndOrdered()
    {
        var steps = Enumerable.Range(0, StepGraph.MaxSteps).Select(i => i == 0 ? Step("s0") : Step($"s{i}", $"s{i - 1}")).Reverse().ToList();

        var result = StepGraph.Analyze(steps);

        Assert.True(result.IsValid);
        Assert.Equal("s0", result.ExecutionOrder[0]);
        Assert.Equal($"s{StepGraph.MaxSteps - 1}", result.ExecutionOrder[^1]);
    }
}
