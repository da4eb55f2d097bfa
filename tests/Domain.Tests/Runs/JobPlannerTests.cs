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

    [Fact]
    public void Plan_WithInputs_ResolvesInputExpressionsAndKeepsStepReferencesRawAsDependencies()
    {
        var template = BuiltInTemplates.Find("autopilot.ops.scan")! with
        {
            Steps =
            [
                new TemplateStep("early", HandlerKinds.AutopilotModule, Json("""{"target":"${{ inputs.target }}","note":"scan ${{ inputs.target }}"}""")),
                new TemplateStep("later", HandlerKinds.AutopilotModule, Json("""{"prev":"${{ steps.early.outputs.summary }}"}""")),
            ],
        };
        var context = new JobForge.Domain.Contracts.ExpressionResolutionContext(
            new JobForge.Domain.Contracts.RunExpressionValues("dry-run", "t1", 1), _ => null) { Inputs = Json("""{"target":"vm-1"}""") };

        var plan = JobPlanner.Plan(template, context);

        Assert.Equal(["early", "later"], plan.Select(step => step.Id));
        Assert.True(plan[0].WithResolved);
        Assert.Equal("vm-1", plan[0].With.GetProperty("target").GetString());
        Assert.Equal("scan vm-1", plan[0].With.GetProperty("note").GetString());
        Assert.False(plan[1].WithResolved);
        Assert.Equal("${{ steps.early.outputs.summary }}", plan[1].With.GetProperty("prev").GetString());
        Assert.Equal(["early"], plan[1].DependsOn);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
