using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Tests.Templates;

/// <summary>Issue 17: one untrusted expression may not choose every argument of a command, and the declarations are literal.</summary>
public sealed class CommandStepDeclarationTests
{
    private static IEnumerable<string> Problems(string with) =>
        JobTemplateValidator.Validate(BuiltInTemplates.Find("autopilot.ops.scan")! with
        {
            Steps = [new TemplateStep("run", HandlerKinds.Command, JsonDocument.Parse(with).RootElement.Clone())],
        }).Select(p => p.Path + ":" + p.Code);

    [Fact]
    public void Validate_ArgsFromOneExpression_IsRefused()
    {
        Assert.Equal(["$.steps[0].with.args:invalid_value"], Problems("""{"executable":"cat","args":"${{ inputs.args }}"}"""));
    }

    [Fact]
    public void Validate_ArgsFromOneExpression_IsAllowedWhenDeclared()
    {
        Assert.Empty(Problems("""{"executable":"cat","args":"${{ inputs.args }}","args_from_expression":true}"""));
    }

    [Fact]
    public void Validate_ExpressionsInsideTheArgsArray_AreAllowed()
    {
        Assert.Empty(Problems("""{"executable":"cat","args":["--", "${{ inputs.file }}"],"path_args":[1]}"""));
    }

    [Theory]
    [InlineData("""{"executable":"cat","args":[],"network":"${{ inputs.net }}"}""", "$.steps[0].with.network:invalid_value")]
    [InlineData("""{"executable":"cat","args":[],"path_args":"${{ inputs.paths }}"}""", "$.steps[0].with.path_args:invalid_value")]
    [InlineData("""{"executable":"cat","args":"${{ inputs.a }}","args_from_expression":"${{ inputs.b }}"}""", "$.steps[0].with.args_from_expression:invalid_value")]
    public void Validate_DeclarationsWrittenAsExpressions_AreRefused(string with, string problem)
    {
        Assert.Contains(problem, Problems(with));
    }
}
