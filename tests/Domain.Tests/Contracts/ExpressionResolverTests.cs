using System.Text.Json;
using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

public sealed class ExpressionResolverTests
{
    private const string Token = "s3cr3t-Value-0123456789";

    private static ExpressionResolutionContext Context() =>
        new(new RunExpressionValues("run-1", "t1", 2) { TemplateId = "tpl" }, name => name == "TOKEN" ? Token : null)
        {
            Inputs = ContractJson.Parse("""{"count":3,"flag":true,"nothing":null,"items":[{"id":"a"},{"id":"b"}],"name":"Ann"}"""),
            StepOutputs = new Dictionary<string, JsonElement>
            {
                ["build"] = ContractJson.Parse("""{"digest":"sha256:abc","meta":{"size":10}}"""),
            },
        };

    private static ExpressionResolution Resolve(string with, ExpressionResolutionContext? context = null) =>
        ExpressionResolver.Resolve(ContractJson.Parse(with), context ?? Context());

    [Fact]
    public void Resolve_SingleExpressions_KeepTheirJsonTypes()
    {
        var result = Resolve("""
            {"n":"${{ inputs.count }}","b":"${{inputs.flag}}","z":"${{ inputs.nothing }}","o":"${{ steps.build.outputs.meta }}",
             "i":"${{ inputs.items[1].id }}","a":"${{ run.attempt }}","k":[1,{"x":"${{ run.id }}"}]}
            """);

        Assert.True(result.IsSuccess);
        Assert.Equal(
            """{"n":3,"b":true,"z":null,"o":{"size":10},"i":"b","a":2,"k":[1,{"x":"run-1"}]}""",
            result.Value!.Value.GetRawText());
    }

    [Fact]
    public void Resolve_BareInputs_IsTheWholeInputsObject()
    {
        var result = Resolve("""{"input":"${{ inputs }}"}""");

        Assert.True(result.IsSuccess);
        Assert.Equal(
            """{"count":3,"flag":true,"nothing":null,"items":[{"id":"a"},{"id":"b"}],"name":"Ann"}""",
            result.Value!.Value.GetProperty("input").GetRawText());
    }

    [Fact]
    public void Resolve_MixedText_InterpolatesAsString()
    {
        var result = Resolve("""
            {"s":"n=${{ inputs.count }} f=${{ inputs.flag }} z=[${{ inputs.nothing }}] o=${{ steps.build.outputs.meta }} t=${{ run.tenant_id }}","e":"$${{ inputs.count }}"}
            """);

        Assert.Equal("""n=3 f=true z=[] o={"size":10} t=t1""", result.Value!.Value.GetProperty("s").GetString());
        Assert.Equal("${{ inputs.count }}", result.Value.Value.GetProperty("e").GetString());
    }

    [Theory]
    [InlineData("${{ inputs.missing }}", ResolutionErrorKind.MissingInput)]
    [InlineData("${{ inputs.items[5] }}", ResolutionErrorKind.MissingInput)]
    [InlineData("x ${{ steps.build.outputs.nope }}", ResolutionErrorKind.MissingStepOutput)]
    [InlineData("${{ steps.later.outputs.x }}", ResolutionErrorKind.MissingStepOutput)]
    [InlineData("${{ run.project_id }}", ResolutionErrorKind.MissingRunValue)]
    [InlineData("${{ secrets.NOPE }}", ResolutionErrorKind.MissingSecret)]
    [InlineData("${{ inputs.x", ResolutionErrorKind.InvalidExpression)]
    public void Resolve_MissingValue_IsTypedErrorWithPath(string value, ResolutionErrorKind kind)
    {
        var result = Resolve("{\"a\":{\"b\":\"" + value + "\"}}");

        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Equal(kind, error.Kind);
        Assert.Equal("$.with.a.b", error.Path);
    }

    [Fact]
    public void Resolve_EventWithoutEvent_IsMissingEventValue()
    {
        var result = ExpressionResolver.Resolve(ContractJson.Parse("""{"e":"${{ event.id }}"}"""), Context(), "$.with", ExpressionParserOptions.ForTriggers);

        Assert.Equal(ResolutionErrorKind.MissingEventValue, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Resolve_Secrets_AreTrackedAndRedactable()
    {
        var result = Resolve("""{"h":"Bearer ${{ secrets.TOKEN }}","t":"${{ secrets.TOKEN }}"}""");

        Assert.Equal([Token], result.SecretValues);
        Assert.Equal(["TOKEN"], result.SecretNames);
        var text = result.Value!.Value.GetRawText();
        Assert.Contains(Token, text, StringComparison.Ordinal);
        var redacted = SecretMask.Redact(text, result.SecretValues);
        Assert.DoesNotContain(Token, redacted, StringComparison.Ordinal);
        Assert.Equal("""{"h":"Bearer ***","t":"***"}""", redacted);
    }

    [Fact]
    public void RedactJson_SecretNeedingJsonEscapes_IsStillRedacted()
    {
        const string secret = "a+b<c>\"d\\e-0123456789";
        var context = Context() with { SecretLookup = _ => secret };

        var result = Resolve("""{"h":"Bearer ${{ secrets.TOKEN }}","n":{"t":"${{ secrets.TOKEN }}"}}""", context);

        var redacted = SecretMask.RedactJson(result.Value!.Value, result.SecretValues);
        Assert.Equal("""{"h":"Bearer ***","n":{"t":"***"}}""", redacted.GetRawText());
    }

    [Fact]
    public void Resolve_SecretsUsedBeforeAnError_AreStillReported()
    {
        var result = Resolve("""{"t":"${{ secrets.TOKEN }}","m":"${{ inputs.missing }}"}""");

        Assert.False(result.IsSuccess);
        Assert.Equal([Token], result.SecretValues);
    }

    [Fact]
    public void Resolve_OutputOverLimit_IsOutputTooLarge()
    {
        var big = new string('x', 5000);
        var context = Context() with { Inputs = ContractJson.Parse($$"""{"big":"{{big}}"}"""), MaxOutputBytes = 10_000 };
        var with = "[" + string.Join(",", Enumerable.Repeat("\"${{ inputs.big }}\"", 5)) + "]";

        var result = Resolve(with, context);

        Assert.Equal(ResolutionErrorKind.OutputTooLarge, Assert.Single(result.Errors).Kind);
    }
}
