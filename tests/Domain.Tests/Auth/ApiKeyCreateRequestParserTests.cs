using System.Text.Json;
using JobForge.Domain.Auth;

namespace JobForge.Domain.Tests.Auth;

public sealed class ApiKeyCreateRequestParserTests
{
    [Fact]
    public void Parse_ValidBody_ReturnsTheRequest()
    {
        var result = Parse("""{"name":"Ingest – prod ✓","tenant_id":"acme.eu-1","scopes":["events:write","ops:*"]}""");

        Assert.True(result.IsValid);
        Assert.Equal("Ingest – prod ✓", result.Request.Name);
        Assert.Equal("acme.eu-1", result.Request.TenantId);
        Assert.Equal(["events:write", "ops:*"], result.Request.Scopes);
    }

    [Fact]
    public void Parse_StarTenant_MeansAllTenants()
    {
        var result = Parse("""{"name":"ops","tenant_id":"*","scopes":["*"]}""");

        Assert.True(result.IsValid);
        Assert.Null(result.Request.TenantId);
    }

    [Fact]
    public void Parse_EverythingWrong_ReportsEveryProblemWithItsPath()
    {
        var result = Parse("""{"nmae":"x","tenant_id":"a/b","scopes":["events:write",7,"nope"]}""");

        Assert.False(result.IsValid);
        var problems = result.Problems.Select(p => (p.Path, p.Code)).ToList();
        Assert.Contains(("$.nmae", "unknown_field"), problems);
        Assert.Contains(("$.name", "required"), problems);
        Assert.Contains(("$.tenant_id", "invalid_format"), problems);
        Assert.Contains(("$.scopes[1]", "wrong_type"), problems);
        Assert.Contains(("$.scopes[2]", "invalid_value"), problems);
        Assert.Contains("did you mean 'name'", result.Problems.Single(p => p.Path == "$.nmae").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Parse_NameLength_IsLimitedTo100(int length, bool valid)
    {
        var result = Parse($$"""{"name":"{{new string('n', length)}}","tenant_id":"t","scopes":["admin"]}""");

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("\\t")]
    [InlineData("\\u200b")]
    [InlineData("\\u2028")]
    [InlineData("\\ue000")]
    [InlineData("   ")]
    public void Parse_NameWithNonPrintableText_IsInvalid(string name)
    {
        var result = Parse($$"""{"name":"a{{name}}","tenant_id":"t","scopes":["admin"]}""".Replace("a   ", "   ", StringComparison.Ordinal));

        Assert.Contains(result.Problems, p => p.Path == "$.name" && p.Code == "invalid_format");
    }

    [Fact]
    public void Parse_TooManyScopes_IsOneProblem()
    {
        var scopes = string.Join(',', Enumerable.Range(0, 33).Select(_ => "\"admin\""));

        var result = Parse($$"""{"name":"n","tenant_id":"t","scopes":[{{scopes}}]}""");

        Assert.Equal(("$.scopes", "too_many_items"), (result.Problems.Single().Path, result.Problems.Single().Code));
    }

    [Fact]
    public void Parse_LongTenant_IsTooLong()
    {
        var result = Parse($$"""{"name":"n","tenant_id":"{{new string('t', 65)}}","scopes":["admin"]}""");

        Assert.Equal(("$.tenant_id", "too_long"), (result.Problems.Single().Path, result.Problems.Single().Code));
    }

    private static ApiKeyCreateParseResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ApiKeyCreateRequestParser.Parse(document.RootElement);
    }
}
