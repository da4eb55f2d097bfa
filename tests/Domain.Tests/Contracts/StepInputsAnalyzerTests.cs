using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

public sealed class StepInputsAnalyzerTests
{
    private static readonly ExpressionReferenceContext Context = new()
    {
        InputNames = new HashSet<string>(["region", "items"]),
        CurrentStepId = "deploy",
        EarlierStepIds = new HashSet<string>(["build"]),
        AllStepIds = new HashSet<string>(["build", "deploy", "notify", "undo"]),
        CompensationStepIds = new HashSet<string>(["undo"]),
        AllowedSecretNames = new HashSet<string>(["TOKEN"]),
    };

    [Fact]
    public void Analyze_ValidReferences_ReportsNothingAndListsThem()
    {
        var with = ContractJson.Parse("""{"url":"https://${{ inputs.region }}.x/${{ steps.build.outputs.id }}","auth":["${{ secrets.TOKEN }}"],"n":3}""");

        var analysis = StepInputsAnalyzer.Analyze(with, "$.steps[1].with", Context);

        Assert.Empty(analysis.Problems);
        Assert.Equal(["build"], analysis.ReferencedSteps);
        Assert.Equal(["region"], analysis.ReferencedInputs);
        Assert.Equal(["TOKEN"], analysis.ReferencedSecrets);
    }

    [Theory]
    [InlineData("${{ inputs.regoin }}", ContractProblemCodes.UnknownInput, "'regoin'")]
    [InlineData("${{ steps.notify.outputs.x }}", ContractProblemCodes.LaterStep, "'notify'")]
    [InlineData("${{ steps.ghost.outputs.x }}", ContractProblemCodes.UnknownStep, "'ghost'")]
    [InlineData("${{ steps.deploy.outputs.x }}", ContractProblemCodes.SelfReference, "'deploy'")]
    [InlineData("${{ steps.undo.outputs.x }}", ContractProblemCodes.CompensationStepReference, "'undo'")]
    [InlineData("${{ secrets.OTHER }}", ContractProblemCodes.UnknownSecret, "'OTHER'")]
    public void Analyze_BadReference_IsNamedAtItsPath(string value, string code, string named)
    {
        var with = ContractJson.Parse("{\"body\":{\"v\":\"" + value + "\"}}");

        var problem = Assert.Single(StepInputsAnalyzer.Analyze(with, "$.steps[1].with", Context).Problems);

        Assert.Equal("$.steps[1].with.body.v", problem.Path);
        Assert.Equal(code, problem.Code);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SecretsNotAllowed_IsAProblem()
    {
        var with = ContractJson.Parse("""{"t":"${{ secrets.TOKEN }}"}""");

        var problem = Assert.Single(StepInputsAnalyzer.Analyze(with, "$.with", Context with { SecretsAllowed = false }).Problems);

        Assert.Equal(ContractProblemCodes.SecretsNotAllowed, problem.Code);
    }

    [Fact]
    public void Analyze_SyntaxError_HasPathAndPosition()
    {
        var with = ContractJson.Parse("""{"list":["ok","a ${{ inputs.x"]}""");

        var problem = Assert.Single(StepInputsAnalyzer.Analyze(with, "$.with", Context).Problems);

        Assert.Equal("$.with.list[1]", problem.Path);
        Assert.Equal(ContractProblemCodes.ExpressionUnterminated, problem.Code);
        Assert.Contains("character 2", problem.Message, StringComparison.Ordinal);
    }
}
