using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Tests.Templates;

public sealed class JobTemplateValidatorTests
{
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    private static JobTemplate Valid() => BuiltInTemplates.Find("autopilot.ops.scan")!;

    private static IEnumerable<string> Problems(JobTemplate template, IEnumerable<ITemplateStepRule>? rules = null) =>
        JobTemplateValidator.Validate(template, rules).Select(p => p.Path + ":" + p.Code);

    [Theory]
    [InlineData("autopilot")]
    [InlineData("Autopilot.ops.scan")]
    [InlineData("autopilot..scan")]
    [InlineData("autopilot.ops.scan-v2")]
    [InlineData("autopilot.ops.")]
    public void Validate_BadKey_IsInvalidFormat(string key)
    {
        Assert.Equal(["$.template_key:invalid_format"], Problems(Valid() with { TemplateKey = key }));
    }

    [Fact]
    public void Validate_BadFields_ReportsEachWithItsPath()
    {
        var template = Valid() with
        {
            Name = " ",
            Category = "marketing",
            Version = "1.0",
            EstimatedCostTier = "huge",
            RequiredScopes = ["ops:read", "ops:read", "nonsense"],
            DefaultMaxAttempts = 11,
            DefaultTimeout = TimeSpan.Zero,
        };

        Assert.Equal(
            ["$.name:required", "$.category:invalid_value", "$.version:invalid_format", "$.estimated_cost_tier:invalid_value",
             "$.required_scopes[1]:duplicate", "$.required_scopes[2]:invalid_value", "$.default_max_attempts:out_of_range", "$.default_timeout:out_of_range"],
            Problems(template));
    }

    [Fact]
    public void Validate_ActionJobWithoutWriteScope_IsAProblem()
    {
        Assert.Equal(["$.required_scopes:required"], Problems(Valid() with { IsActionJob = true }));
    }

    [Fact]
    public void Validate_StepProblems_NameTheStepAndField()
    {
        var template = Valid() with
        {
            Steps =
            [
                new TemplateStep("a", "http", Empty, new StepRetry(0, TimeSpan.FromSeconds(5), 0.5, TimeSpan.FromSeconds(1))),
                new TemplateStep("a", "shell", Empty),
                new TemplateStep("B", "delay", Empty, Compensate: "missing", DependsOn: ["a", "nope"]),
                new TemplateStep("mod", "autopilot.module", JsonDocument.Parse("""{"module":"sales"}""").RootElement.Clone()),
            ],
        };

        Assert.Equal(
            ["$.steps[1].id:duplicate", "$.steps[2].id:invalid_format",
             "$.steps[0].retry.max_attempts:out_of_range", "$.steps[0].retry.backoff:out_of_range", "$.steps[0].retry.max_interval:out_of_range",
             "$.steps[1].uses:unknown_handler", "$.steps[2].compensate:unknown_reference", "$.steps[2].depends_on[1]:unknown_reference",
             "$.steps[3].with.module:invalid_value", "$.steps[3].with.operation:required"],
            Problems(template));
    }

    [Fact]
    public void Validate_UnknownHandler_NamesItAndListsTheKnownOnes()
    {
        var template = Valid() with { Steps = [new TemplateStep("a", "teleport", Empty)] };

        var problem = Assert.Single(JobTemplateValidator.Validate(template, null));

        Assert.Equal("$.steps[0].uses", problem.Path);
        Assert.StartsWith("uses 'teleport' is not a known handler; known: ", problem.Message, StringComparison.Ordinal);
        Assert.All(HandlerKinds.All, kind => Assert.Contains(kind, problem.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoSteps_IsRequired()
    {
        Assert.Equal(["$.steps:required"], Problems(Valid() with { Steps = [] }));
    }

    [Fact]
    public void Validate_SelfReference_IsUnknownReference()
    {
        var template = Valid() with { Steps = [new TemplateStep("a", "http", Empty, DependsOn: ["a"])] };

        Assert.Equal(["$.steps[0].depends_on[0]:unknown_reference"], Problems(template));
    }

    [Fact]
    public void Validate_RunsPluggedRules_OnlyWhenStepsAreSound()
    {
        var rule = new RecordingRule();

        Assert.Equal(["$.steps:cycle"], Problems(Valid(), [rule]));
        Assert.Equal(1, rule.Calls);
        _ = Problems(Valid() with { Steps = [new TemplateStep("a", "bogus", Empty)] }, [rule]);
        Assert.Equal(1, rule.Calls);
    }

    private sealed class RecordingRule : ITemplateStepRule
    {
        public int Calls { get; private set; }

        public IEnumerable<ValidationProblem> Check(IReadOnlyList<TemplateStep> steps)
        {
            Calls++;
            return [new ValidationProblem("$.steps", "cycle", "made up")];
        }
    }
}
