using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class RunPlannerTests
{
    private static readonly JsonElement s_empty = JsonDocument.Parse("{}").RootElement.Clone();

    private static JobTemplate Template(params TemplateStep[] steps) => new()
    {
        TemplateKey = "test.run.plan",
        Name = "Plan",
        Category = "ops",
        Version = "1.0.0",
        InputSchema = s_empty,
        OutputSchema = s_empty,
        DefaultMaxAttempts = 4,
        DefaultTimeout = TimeSpan.FromMinutes(2),
        Steps = steps,
    };

    [Fact]
    public void Build_StepsOutOfOrder_ListsForwardStepsInExecutionOrderAndCompensationsById()
    {
        var template = Template(
            new TemplateStep("second", HandlerKinds.Transform, s_empty, DependsOn: ["first"], Compensate: "undo_second"),
            new TemplateStep("first", HandlerKinds.Transform, s_empty, Compensate: "undo_first"),
            new TemplateStep("undo_first", HandlerKinds.Transform, s_empty),
            new TemplateStep("undo_second", HandlerKinds.Http, s_empty, Retry: new StepRetry(5, TimeSpan.FromSeconds(2), 3, TimeSpan.FromMinutes(1))),
            new TemplateStep("third", HandlerKinds.Transform, s_empty));

        var plan = RunPlanner.Build(template, RunPlanDefaults.Default);

        Assert.Equal(["first", "second", "third"], plan.Steps.Select(step => step.Id));
        Assert.Equal(["undo_first", "undo_second"], plan.Compensations.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("undo_second", plan.Steps[1].CompensateStepId);
        Assert.Equal(5, plan.Compensations["undo_second"].Retry.MaxAttempts);
        Assert.Equal(HandlerKinds.Http, plan.Compensations["undo_second"].Uses);
    }

    [Fact]
    public void Build_StepWithoutRetryOrTimeout_TakesTemplateDefaults()
    {
        var template = Template(
            new TemplateStep("plain", HandlerKinds.Transform, s_empty),
            new TemplateStep("tuned", HandlerKinds.Transform, s_empty, new StepRetry(2, TimeSpan.FromSeconds(3), 1.5, TimeSpan.FromSeconds(9)), TimeSpan.FromSeconds(20), RequiresApproval: true));

        var plan = RunPlanner.Build(template, RunPlanDefaults.Default);

        Assert.Equal(new RetryPolicy(4, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromMinutes(5)), plan.Steps[0].Retry);
        Assert.Equal(TimeSpan.FromMinutes(2), plan.Steps[0].Timeout);
        Assert.Equal(new RetryPolicy(2, TimeSpan.FromSeconds(3), 1.5, TimeSpan.FromSeconds(9)), plan.Steps[1].Retry);
        Assert.Equal(TimeSpan.FromSeconds(20), plan.Steps[1].Timeout);
        Assert.True(plan.Steps[1].RequiresApproval);
    }

    [Fact]
    public void Build_Defaults_SetRunLimits()
    {
        var plan = RunPlanner.Build(Template(new TemplateStep("a", HandlerKinds.Transform, s_empty)), RunPlanDefaults.Default);

        Assert.Equal(TimeSpan.FromHours(1), plan.RunTimeout);
        Assert.Equal(TimeSpan.FromHours(24), plan.ApprovalTimeout);
        Assert.Equal(5, plan.MaxDeliveries);
        Assert.False(plan.RequiresApproval);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Build_ActionJobWithApprovalRequired_RequiresApproval(bool isActionJob, bool required, bool expected)
    {
        var template = Template(new TemplateStep("a", HandlerKinds.Transform, s_empty)) with { IsActionJob = isActionJob };
        var defaults = RunPlanDefaults.Default with { RequireApprovalForActionJobs = required, MaxDeliveries = 2, RunTimeout = TimeSpan.FromMinutes(7) };

        var plan = RunPlanner.Build(template, defaults);

        Assert.Equal(expected, plan.RequiresApproval);
        Assert.Equal(2, plan.MaxDeliveries);
        Assert.Equal(TimeSpan.FromMinutes(7), plan.RunTimeout);
    }

    [Fact]
    public void Build_InvalidGraph_KeepsForwardStepsInListOrder()
    {
        var template = Template(
            new TemplateStep("a", HandlerKinds.Transform, s_empty, DependsOn: ["b"], Compensate: "undo"),
            new TemplateStep("b", HandlerKinds.Transform, s_empty, DependsOn: ["a"]),
            new TemplateStep("undo", HandlerKinds.Transform, s_empty));

        var plan = RunPlanner.Build(template, RunPlanDefaults.Default);

        Assert.Equal(["a", "b"], plan.Steps.Select(step => step.Id));
        Assert.True(plan.Compensations.ContainsKey("undo"));
    }

    [Fact]
    public void Initial_EveryStepPendingAndRunQueued()
    {
        var plan = RunPlanner.Build(Template(new TemplateStep("a", HandlerKinds.Transform, s_empty), new TemplateStep("b", HandlerKinds.Delay, s_empty)), RunPlanDefaults.Default);

        var state = RunStateFactory.Initial(plan);

        Assert.Equal(RunStatus.Queued, state.Status);
        Assert.Equal(0, state.Sequence);
        Assert.Equal(["a", "b"], state.Steps.Select(step => step.StepId));
        Assert.All(state.Steps, step => Assert.Equal(StepStatus.Pending, step.Status));
        Assert.Equal(HandlerKinds.Delay, state.Steps[1].Uses);
    }
}
