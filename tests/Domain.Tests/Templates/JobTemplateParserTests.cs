using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Templates.SchemaJson;

namespace JobForge.Domain.Tests.Templates;

public sealed class JobTemplateParserTests
{
    private const string Minimal = """
        {"template_key":"acme.ops.check","name":"Check","category":"ops","version":"1.0.0",
         "steps":[{"id":"a","uses":"http","with":{"url":"${{ inputs.url }}"}}]}
        """;

    [Fact]
    public void Parse_Minimal_FillsDocumentedDefaults()
    {
        var template = JobTemplateParser.Parse(Parse(Minimal)).Template!;

        Assert.Equal(3, template.DefaultMaxAttempts);
        Assert.Equal(TimeSpan.FromMinutes(5), template.DefaultTimeout);
        Assert.Equal("low", template.EstimatedCostTier);
        Assert.Equal("""{"type":"object"}""", template.InputSchema.GetRawText());
        Assert.Equal("""{"url":"${{ inputs.url }}"}""", template.Steps[0].With.GetRawText());
    }

    [Fact]
    public void Parse_ReadsStepOptions()
    {
        var json = """
            {"template_key":"acme.ops.fix","name":"Fix","category":"ops","version":"2.0.0-rc.1","default_timeout":"PT10M",
             "is_action_job":true,"required_scopes":["ops:write"],
             "steps":[{"id":"apply","uses":"command","compensate":"undo","requires_approval":true,"timeout":"90s",
                       "retry":{"max_attempts":5,"first_interval":"2s","backoff":1.5,"max_interval":"1m"}},
                      {"id":"undo","uses":"command","depends_on":["apply"]}]}
            """;

        var template = JobTemplateParser.Parse(Parse(json)).Template!;

        Assert.Equal(TimeSpan.FromMinutes(10), template.DefaultTimeout);
        var apply = template.Steps[0];
        Assert.Equal(new StepRetry(5, TimeSpan.FromSeconds(2), 1.5, TimeSpan.FromMinutes(1)), apply.Retry);
        Assert.Equal(TimeSpan.FromSeconds(90), apply.Timeout);
        Assert.Equal("undo", apply.Compensate);
        Assert.True(apply.RequiresApproval);
        Assert.Equal(["apply"], template.Steps[1].Dependencies);
    }

    [Fact]
    public void Parse_ShapeProblems_AreAllReportedWithPaths()
    {
        var json = """
            {"name":7,"category":"ops","version":"1.0.0","default_timeout":"soon","colour":"red",
             "steps":[{"id":"a","uses":"http","with":[],"retry":{"max_attempts":"x"},"extra":1},3]}
            """;

        var result = JobTemplateParser.Parse(Parse(json));

        Assert.Null(result.Template);
        Assert.Equal(
            ["$.colour:unknown_field", "$.template_key:required", "$.name:wrong_type", "$.default_timeout:invalid_format",
             "$.steps[0].extra:unknown_field", "$.steps[0].retry.max_attempts:wrong_type", "$.steps[0].with:wrong_type", "$.steps[1]:wrong_type"],
            result.Problems.Select(p => p.Path + ":" + p.Code));
    }

    [Fact]
    public void Parse_NotAnObject_IsOneProblem()
    {
        Assert.Equal(ValidationProblemCodes.WrongType, Assert.Single(JobTemplateParser.Parse(Parse("[1]")).Problems).Code);
    }

    [Fact]
    public void Parse_InvalidEmbeddedSchema_ReportsItsPath()
    {
        var json = Minimal.Replace("\"steps\"", "\"input_schema\":{\"type\":\"object\",\"properties\":{\"d\":{\"minimum\":5,\"maximum\":1}}},\"steps\"", StringComparison.Ordinal);

        var problem = Assert.Single(JobTemplateParser.Parse(Parse(json)).Problems);

        Assert.Equal("$.input_schema.properties.d.minimum", problem.Path);
    }

    [Theory]
    [InlineData("5m", 300)]
    [InlineData("300s", 300)]
    [InlineData("250ms", 0.25)]
    [InlineData("2h", 7200)]
    [InlineData("PT5M", 300)]
    [InlineData("P1DT1S", 86401)]
    public void Duration_AcceptsShortAndIsoForms(string text, double seconds)
    {
        Assert.True(TemplateDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0s")]
    [InlineData("5 m")]
    [InlineData("-5m")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("8d")]
    [InlineData("5M")]
    [InlineData("999999999999d")]
    public void Duration_RejectsOtherForms(string text)
    {
        Assert.False(TemplateDuration.TryParse(text, out _));
    }

    [Fact]
    public void Duration_Format_UsesTheLargestExactUnit()
    {
        Assert.Equal("5m", TemplateDuration.Format(TimeSpan.FromSeconds(300)));
        Assert.Equal("90s", TemplateDuration.Format(TimeSpan.FromSeconds(90)));
        Assert.Equal("1500ms", TemplateDuration.Format(TimeSpan.FromMilliseconds(1500)));
    }
}
