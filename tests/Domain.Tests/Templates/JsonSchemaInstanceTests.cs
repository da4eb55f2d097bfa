using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Templates.SchemaJson;

namespace JobForge.Domain.Tests.Templates;

public sealed class JsonSchemaInstanceTests
{
    [Theory]
    [InlineData("""{"type":"string"}""", "\"x\"", true)]
    [InlineData("""{"type":"string"}""", "1", false)]
    [InlineData("""{"type":"integer"}""", "3", true)]
    [InlineData("""{"type":"integer"}""", "3.0", true)]
    [InlineData("""{"type":"integer"}""", "3.5", false)]
    [InlineData("""{"type":"number"}""", "3.5", true)]
    [InlineData("""{"type":"boolean"}""", "false", true)]
    [InlineData("""{"type":"null"}""", "null", true)]
    [InlineData("""{"type":"array"}""", "{}", false)]
    [InlineData("""{"type":"object"}""", "[]", false)]
    [InlineData("""{"type":["string","null"]}""", "null", true)]
    [InlineData("""{"type":["string","null"]}""", "2", false)]
    [InlineData("""{"enum":["a",1,{"b":[true]}]}""", """{"b":[true]}""", true)]
    [InlineData("""{"enum":["a",1]}""", "\"b\"", false)]
    [InlineData("""{"minimum":1,"maximum":5}""", "5", true)]
    [InlineData("""{"minimum":1,"maximum":5}""", "0", false)]
    [InlineData("""{"minimum":1,"maximum":5}""", "5.01", false)]
    [InlineData("""{"minLength":2,"maxLength":3}""", "\"ab\"", true)]
    [InlineData("""{"minLength":2,"maxLength":3}""", "\"a\"", false)]
    [InlineData("""{"maxLength":2}""", "\"😀😀\"", true)]
    [InlineData("""{"maxLength":2}""", "\"abc\"", false)]
    [InlineData("""{"pattern":"^[a-z]+$"}""", "\"abc\"", true)]
    [InlineData("""{"pattern":"^[a-z]+$"}""", "\"aBc\"", false)]
    [InlineData("""{"pattern":"b"}""", "\"abc\"", true)]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,2]", true)]
    [InlineData("""{"additionalProperties":false}""", """{"x":1}""", false)]
    [InlineData("""{"additionalProperties":{"type":"string"}}""", """{"x":"y"}""", true)]
    [InlineData("""{"additionalProperties":{"type":"string"}}""", """{"x":1}""", false)]
    [InlineData("""{"required":["a"]}""", """{"a":null}""", true)]
    [InlineData("""{"required":["a"]}""", """{}""", false)]
    public void Validate_EachKeyword_AcceptsGoodAndRejectsBad(string schema, string value, bool valid)
    {
        var result = JsonSchemaValidator.Validate(Parse(schema), Parse(value));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Validate_ReportsEveryProblemWithItsPath()
    {
        var schema = Parse("""
            {"type":"object","additionalProperties":false,"required":["name","tags"],"properties":{
             "name":{"type":"string"},"age":{"type":"integer","minimum":0},
             "tags":{"type":"array","items":{"type":"string","maxLength":3}},
             "odd key":{"type":"boolean"}}}
            """);
        var value = Parse("""{"age":-1,"tags":["ok","toolong",7],"odd key":"no","extra":1}""");

        var problems = JsonSchemaValidator.Validate(schema, value).Problems;

        Assert.Equal(
            ["$.age:out_of_range", "$.tags[1]:too_long", "$.tags[2]:wrong_type", "$['odd key']:wrong_type", "$.extra:unknown_field", "$.name:required"],
            problems.Select(p => p.Path + ":" + p.Code));
    }

    [Fact]
    public void Validate_FillsDefaults_ForMissingPropertiesOnly_AtAnyDepth()
    {
        var schema = Parse("""
            {"type":"object","required":["depth"],"properties":{
             "depth":{"type":"integer","default":1},
             "mode":{"type":"string","default":"fast"},
             "nested":{"type":"object","properties":{"n":{"type":"number","default":20}}}}}
            """);

        var result = JsonSchemaValidator.Validate(schema, Parse("""{"mode":"full","nested":{}}"""));

        Assert.True(result.IsValid);
        Assert.Equal("""{"mode":"full","nested":{"n":20},"depth":1}""", result.ValueWithDefaults.GetRawText());
    }

    [Fact]
    public void Validate_CatastrophicPattern_FinishesQuickly()
    {
        var schema = Parse("""{"type":"string","pattern":"^(a+)+$"}""");
        var value = Parse("\"" + new string('a', 50_000) + "!\"");

        var result = JsonSchemaValidator.Validate(schema, value);

        Assert.Equal("invalid_format", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Validate_WithAnInvalidSchema_ReportsInvalidSchema_AndReturnsTheValue()
    {
        var result = JsonSchemaValidator.Validate(Parse("""{"type":"strng"}"""), Parse("\"x\""));

        Assert.Equal("invalid_schema", Assert.Single(result.Problems).Code);
        Assert.Equal("\"x\"", result.ValueWithDefaults.GetRawText());
    }

    [Fact]
    public void Validate_ManyProblems_IsCapped()
    {
        var schema = Parse("""{"type":"array","items":{"type":"string"}}""");
        var value = Parse("[" + string.Join(',', Enumerable.Range(0, 5000)) + "]");

        var problems = JsonSchemaValidator.Validate(schema, value).Problems;

        Assert.Equal(101, problems.Count);
        Assert.Equal("too_many_problems", problems[^1].Code);
    }

    [Fact]
    public void Validate_ManyStringsAgainstOnePattern_CompilesThePatternOnce()
    {
        var schema = Parse("""{"type":"array","items":{"type":"string","pattern":"^[a-z]+[0-9]*$"}}""");
        var value = Parse("[" + string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"item{i}\"")) + "]");

        var result = JsonSchemaValidator.Validate(schema, value);

        Assert.True(result.IsValid);
        Assert.Equal(20_000, result.ValueWithDefaults.GetArrayLength());
    }
}
