using JobForge.Domain.Contracts;
using JobForge.Domain.Events;

namespace JobForge.Domain.Tests.Contracts;

public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("${{ inputs.x }}", ExpressionRoot.Inputs, "inputs.x")]
    [InlineData("${{inputs.a.b}}", ExpressionRoot.Inputs, "inputs.a.b")]
    [InlineData("${{ \tinputs.items[0]\n }}", ExpressionRoot.Inputs, "inputs.items[0]")]
    [InlineData("${{ steps.build-image.outputs.digest }}", ExpressionRoot.Steps, "steps.build-image.outputs.digest")]
    [InlineData("${{ steps.a.outputs }}", ExpressionRoot.Steps, "steps.a.outputs")]
    [InlineData("${{ run.tenant_id }}", ExpressionRoot.Run, "run.tenant_id")]
    [InlineData("${{ secrets.GITHUB_TOKEN }}", ExpressionRoot.Secrets, "secrets.GITHUB_TOKEN")]
    public void Parse_SingleExpression_IsTypedExpression(string text, ExpressionRoot root, string expected)
    {
        var result = ExpressionParser.Parse(text);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.True(result.Value!.IsSingleExpression);
        var expression = Assert.Single(result.Value.Expressions);
        Assert.Equal(root, expression.Root);
        Assert.Equal(expected, expression.Text);
        Assert.Equal(0, expression.Position);
    }

    [Fact]
    public void Parse_MixedText_SplitsLiteralsAndExpressionsWithPositions()
    {
        var result = ExpressionParser.Parse("https://x/${{ inputs.id }}/runs/${{ run.id }}?a=1");

        var parts = result.Value!.Parts;
        Assert.Equal(5, parts.Count);
        Assert.Equal("https://x/", parts[0].Literal);
        Assert.Equal("inputs.id", parts[1].Expression!.Text);
        Assert.Equal(10, parts[1].Expression!.Position);
        Assert.Equal("/runs/", parts[2].Literal);
        Assert.Equal(32, parts[3].Expression!.Position);
        Assert.Equal("?a=1", parts[4].Literal);
        Assert.False(result.Value.IsSingleExpression);
        Assert.Equal("https://x//runs/?a=1", result.Value.LiteralText);
    }

    [Fact]
    public void Parse_SpacesAroundSingleExpression_IsNotSingle()
    {
        Assert.False(ExpressionParser.Parse(" ${{ inputs.x }}").Value!.IsSingleExpression);
    }

    [Theory]
    [InlineData("cost: $5 and {{ braces }} }}", "cost: $5 and {{ braces }} }}")]
    [InlineData("literal $${{ inputs.x }} here", "literal ${{ inputs.x }} here")]
    [InlineData("", "")]
    public void Parse_TextWithoutExpressions_IsLiteral(string text, string literal)
    {
        var result = ExpressionParser.Parse(text);

        Assert.False(result.Value!.HasExpressions);
        Assert.Equal(literal, result.Value.LiteralText);
    }

    [Theory]
    [InlineData("abc ${{ inputs.x", 4, ContractProblemCodes.ExpressionUnterminated)]
    [InlineData("ab${{   }}", 2, ContractProblemCodes.ExpressionEmpty)]
    [InlineData("${{ env.HOME }}", 4, ContractProblemCodes.ExpressionUnknownRoot)]
    [InlineData("${{ event.payload.id }}", 4, ContractProblemCodes.ExpressionUnknownRoot)]
    [InlineData("${{ inputs.a..b }}", 12, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("${{ inputs.a[01] }}", 12, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("${{ inputs.a + 1 }}", 12, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("${{ steps.a.result }}", 4, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("${{ run.nope }}", 4, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("${{ secrets.lower }}", 4, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("${{ secrets.A.B }}", 4, ContractProblemCodes.ExpressionInvalidPath)]
    [InlineData("ok ${{ 1abc }}", 7, ContractProblemCodes.ExpressionInvalidPath)]
    public void Parse_Malformed_ReportsCodeAndPosition(string text, int position, string code)
    {
        var result = ExpressionParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
        Assert.Equal(position, result.Error.Position);
    }

    [Fact]
    public void Parse_EventRoot_AllowedOnlyForTriggers()
    {
        var result = ExpressionParser.Parse("${{ event.payload.items[2].id }}", ExpressionParserOptions.ForTriggers);

        Assert.Equal(ExpressionRoot.Event, result.Value!.Expressions.Single().Root);
        Assert.Contains("trigger", ExpressionParser.Parse("${{ event.x }}").Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverLimits_IsRejectedNotThrown()
    {
        var longExpression = "${{ inputs." + new string('a', 300) + " }}";
        var many = string.Concat(Enumerable.Repeat("${{ run.id }}", 33));
        var huge = new string('x', 70_000);

        Assert.Equal(ContractProblemCodes.ExpressionTooLong, ExpressionParser.Parse(longExpression).Error!.Code);
        Assert.Equal(ContractProblemCodes.ExpressionTooLong, ExpressionParser.Parse("${{ " + new string('a', 10_000)).Error!.Code);
        Assert.Equal(ContractProblemCodes.TooManyExpressions, ExpressionParser.Parse(many).Error!.Code);
        Assert.Equal(ValidationProblemCodes.TooLong, ExpressionParser.Parse(huge).Error!.Code);
    }

    [Fact]
    public void ToProblem_PutsPositionInMessageAndKeepsPath()
    {
        var problem = ExpressionParser.Parse("x ${{ nope.y }}").Error!.ToProblem("$.steps[0].with.url");

        Assert.Equal("$.steps[0].with.url", problem.Path);
        Assert.Equal(ContractProblemCodes.ExpressionUnknownRoot, problem.Code);
        Assert.Contains("(at character 6)", problem.Message, StringComparison.Ordinal);
    }
}
