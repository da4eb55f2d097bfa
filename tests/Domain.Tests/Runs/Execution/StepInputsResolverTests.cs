using JobForge.Domain.Runs;
using static JobForge.Domain.Tests.Runs.Execution.RunScenario;

namespace JobForge.Domain.Tests.Runs.Execution;

public sealed class StepInputsResolverTests
{
    private static readonly Run s_run = new()
    {
        RunId = "run_0123456789abcdef0123456789abcdef",
        TenantId = "t1",
        ProjectId = "p1",
        TemplateKey = "autopilot.ops.scan",
        TemplateVersion = "1.2.0",
        TemplateJson = "{}",
        InputsJson = """{"target":"vm-1"}""",
        InputsSha256 = new string('0', 64),
        TraceId = "trace-1",
        RequestedAt = At(0),
    };

    [Fact]
    public void Resolve_InputsStepOutputsRunFieldsAndSecrets_AreSubstituted()
    {
        var step = Step("call", with: """
            {"target":"${{ inputs.target }}","prev":"${{ steps.first.outputs.id }}","run":"${{ run.id }}/${{ run.attempt }}/${{ run.template_version }}","key":"${{ secrets.API_KEY }}"}
            """);
        var plan = PlanOf([Step("first"), step]);
        var run = new RunScenario(plan);
        run.Start();
        run.Succeed("first", 1, outputs: """{"id":42}""");

        var resolution = StepInputsResolver.Resolve(step, run.State, s_run, name => name == "API_KEY" ? "s3cr3t" : null);

        Assert.True(resolution.IsSuccess);
        var value = resolution.Value!.Value;
        Assert.Equal("vm-1", value.GetProperty("target").GetString());
        Assert.Equal(42, value.GetProperty("prev").GetInt32());
        Assert.Equal(s_run.RunId + "/1/1.2.0", value.GetProperty("run").GetString());
        Assert.Equal("s3cr3t", value.GetProperty("key").GetString());
        Assert.Equal(["s3cr3t"], resolution.SecretValues);
    }

    [Fact]
    public void Resolve_OutputsOfAStepNotYetSucceeded_IsAMissingStepOutputError()
    {
        var step = Step("call", with: """{"prev":"${{ steps.first.outputs.id }}"}""");
        var run = new RunScenario(PlanOf([Step("first"), step]));
        run.Start();

        var resolution = StepInputsResolver.Resolve(step, run.State, s_run, _ => null);

        Assert.False(resolution.IsSuccess);
        Assert.Equal("missing_step_output", Assert.Single(resolution.Errors).Code);
    }

    [Fact]
    public void Resolve_ExplicitAttempt_IsRunAttempt()
    {
        var step = Step("undo", with: """{"attempt":"${{ run.attempt }}"}""");
        var run = new RunScenario(PlanOf([Step("first")]));

        var resolution = StepInputsResolver.Resolve(step, run.State, s_run, _ => null, attempt: 3);

        Assert.Equal(3, resolution.Value!.Value.GetProperty("attempt").GetInt32());
    }
}
