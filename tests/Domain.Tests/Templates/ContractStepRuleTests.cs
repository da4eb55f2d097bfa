using JobForge.Domain.Contracts;
using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Templates.SchemaJson;

namespace JobForge.Domain.Tests.Templates;

public sealed class ContractStepRuleTests
{
    private static TemplateParseResult ParseWithRule(string json)
    {
        var element = Parse(json);
        var schema = element.TryGetProperty("input_schema", out var s) ? s : Parse("""{"type":"object"}""");
        return JobTemplateParser.Parse(element, [ContractStepRule.ForInputSchema(schema)]);
    }

    private static string Template(string steps) => """
        {"template_key":"acme.ops.check","name":"Check","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"url":{"type":"string"}}},
         "steps":
        """ + steps + "}";

    [Fact]
    public void Check_SoundContract_NoProblems()
    {
        var result = ParseWithRule(Template("""
            [{"id":"a","uses":"http","with":{"url":"${{ inputs.url }}"}},
             {"id":"b","uses":"transform","with":{"value":"${{ steps.a.outputs.body }}"},"depends_on":["a"]}]
            """));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Check_UnknownInput_ReportsItsPath()
    {
        var result = ParseWithRule(Template("""[{"id":"a","uses":"http","with":{"url":"${{ inputs.nope }}"}}]"""));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemCodes.UnknownInput, problem.Code);
        Assert.Equal("$.steps[0].with.url", problem.Path);
    }

    [Fact]
    public void Check_ReferenceToLaterStep_IsAProblem()
    {
        var result = ParseWithRule(Template("""
            [{"id":"a","uses":"http","with":{"url":"${{ steps.b.outputs.url }}"}},
             {"id":"b","uses":"http","with":{"url":"${{ inputs.url }}"}}]
            """));

        Assert.Contains(result.Problems, p => p.Code == ContractProblemCodes.LaterStep && p.Path.StartsWith("$.steps[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DependencyCycle_IsAProblem()
    {
        var result = ParseWithRule(Template("""
            [{"id":"a","uses":"http","with":{},"depends_on":["b"]},
             {"id":"b","uses":"http","with":{},"depends_on":["a"]}]
            """));

        Assert.Contains(result.Problems, p => p.Code == ContractProblemCodes.DependencyCycle);
    }

    [Fact]
    public void Check_EveryBuiltIn_PassesTheContractRule()
    {
        // The built-ins pass the whole inputs object ("${{ inputs }}") to their module.
        foreach (var builtIn in BuiltInTemplates.All)
        {
            var problems = ContractStepRule.ForInputSchema(builtIn.InputSchema).Check(builtIn.Steps).ToList();

            Assert.True(problems.Count == 0, builtIn.TemplateKey + ": " + string.Join("; ", problems.Select(p => p.Path + " " + p.Message)));
        }
    }

    [Fact]
    public void InputNames_NonObjectSchema_IsNull_AndObjectWithoutPropertiesIsEmpty()
    {
        Assert.Null(ContractStepRule.InputNames(Parse("true")));
        Assert.Empty(ContractStepRule.InputNames(Parse("""{"type":"object"}"""))!);
    }
}
