using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Tests.Runs;

public sealed class JobPlannerTests
{
    private static readonly JsonElement s_empty = JsonDocument.Parse("{}").RootElement.Clone();

    [Fact]
    public void Plan_StepsDeclaredOutOfOrder_AreListedInExecutionOrderWithCompensationLast()
    {
        var template = BuiltInTemplates.Find("autopilot.ops.scan")! with
        {
            Steps =
            [
                new TemplateStep("second", HandlerKinds.AutopilotModule, s_empty, DependsOn: ["first"], Compensate: "undo"),
                new TemplateStep("first", HandlerKinds.AutopilotModule, s_empty, Timeout: TimeSpan.FromMinutes(1), RequiresApproval: true),
                new TemplateStep("undo", HandlerKinds.AutopilotModule, s_empty),
            ],
        };

        var plan = JobPlanner.Plan(template);

        Assert.Equal(["first", "second", "undo"], plan.Select(step => step.Id));
        Assert.Equal(["first"], plan[1].DependsOn);
        Assert.Equal("undo", plan[1].Compensate);
        Assert.True(plan[0].RequiresApproval);
        Assert.Equal(TimeSpan.FromMinutes(1), plan[0].Timeout);
        Assert.Equal(template.DefaultTimeout, plan[1].Timeout);
    }
}
