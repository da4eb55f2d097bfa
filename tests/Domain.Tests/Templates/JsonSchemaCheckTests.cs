using JobForge.Domain.Templates;
using static JobForge.Domain.Tests.Templates.SchemaJson;

namespace JobForge.Domain.Tests.Templates;

public sealed class JsonSchemaCheckTests
{
    [Fact]
    public void CheckSchema_EverySupportedKeyword_IsValid()
    {
        var schema = Parse("""
            {"title":"t","description":"d","type":["object","null"],"required":["a"],"additionalProperties":{"type":"string"},
             "properties":{"a":{"type":"integer","minimum":1,"maximum":5,"default":2,"enum":[1,2,3]},
             "b":{"type":"string","minLength":1,"maxLength":9,"pattern":"^x","default":"xy"},
             "c":{"type":"array","items":{"type":"boolean"}},"d":{"additionalProperties":false}}}
            """);

        Assert.Empty(JsonSchemaValidator.CheckSchema(schema));
    }

    [Theory]
    [InlineData("""{"format":"uri"}""", "$.format", "unknown_field")]
    [InlineData("""{"type":"strng"}""", "$.type", "invalid_value")]
    [InlineData("""{"type":["string",3]}""", "$.type[1]", "wrong_type")]
    [InlineData("""{"type":["string","string"]}""", "$.type[1]", "duplicate")]
    [InlineData("""{"type":[]}""", "$.type", "wrong_type")]
    [InlineData("""{"minimum":"1"}""", "$.minimum", "wrong_type")]
    [InlineData("""{"minimum":5,"maximum":1}""", "$.minimum", "out_of_range")]
    [InlineData("""{"minLength":3,"maxLength":1}""", "$.minLength", "out_of_range")]
    [InlineData("""{"minLength":-1}""", "$.minLength", "out_of_range")]
    [InlineData("""{"minLength":1.5}""", "$.minLength", "out_of_range")]
    [InlineData("""{"pattern":"(unclosed"}""", "$.pattern", "invalid_format")]
    [InlineData("""{"pattern":"(a)\\1"}""", "$.pattern", "invalid_format")]
    [InlineData("""{"pattern":"(?=a)"}""", "$.pattern", "invalid_format")]
    [InlineData("""{"required":"a"}""", "$.required", "wrong_type")]
    [InlineData("""{"required":["a","a"]}""", "$.required[1]", "duplicate")]
    [InlineData("""{"enum":[]}""", "$.enum", "too_many_items")]
    [InlineData("""{"items":[{"type":"string"}]}""", "$.items", "wrong_type")]
    [InlineData("""{"additionalProperties":"no"}""", "$.additionalProperties", "wrong_type")]
    [InlineData("""{"properties":{"a":{"type":1}}}""", "$.properties.a.type", "wrong_type")]
    [InlineData("""{"properties":{"a":{"type":"integer","default":"x"}}}""", "$.properties.a.default", "wrong_type")]
    [InlineData("""{"properties":{"a":{"maximum":3,"default":4}}}""", "$.properties.a.default", "out_of_range")]
    [InlineData("""{"type":"object","type":"string"}""", "$.type", "duplicate_field")]
    [InlineData("""[]""", "$", "wrong_type")]
    public void CheckSchema_BadSchema_ReportsThePathAndCode(string schema, string path, string code)
    {
        var problems = JsonSchemaValidator.CheckSchema(Parse(schema));

        Assert.Contains(problems, p => p.Path == path && p.Code == code);
    }

    // Fuzzing found these: the default was validated against a schema whose keywords had the wrong types, which threw.
    [Theory]
    [InlineData("""{"minimum":"0","default":5}""", "$.minimum", "wrong_type")]
    [InlineData("""{"maximum":[],"default":5}""", "$.maximum", "wrong_type")]
    [InlineData("""{"minLength":"1","default":"ab"}""", "$.minLength", "wrong_type")]
    [InlineData("""{"maxLength":1e400,"default":"ab"}""", "$.maxLength", "out_of_range")]
    [InlineData("""{"pattern":"(unclosed","default":"x"}""", "$.pattern", "invalid_format")]
    [InlineData("""{"enum":"a","default":"a"}""", "$.enum", "wrong_type")]
    [InlineData("""{"required":{"a":1},"default":{}}""", "$.required", "wrong_type")]
    [InlineData("""{"properties":{"a":{"minimum":"0"}},"default":{"a":1}}""", "$.properties.a.minimum", "wrong_type")]
    [InlineData("""{"items":{"maximum":true},"default":[1]}""", "$.items.maximum", "wrong_type")]
    public void CheckSchema_DefaultBesideAnInvalidKeyword_ReportsTheKeywordWithoutThrowing(string schema, string path, string code)
    {
        var problems = JsonSchemaValidator.CheckSchema(Parse(schema));

        Assert.Contains(problems, p => p.Path == path && p.Code == code);
    }

    [Fact]
    public void CheckSchema_UsesTheGivenRootPath()
    {
        var problem = Assert.Single(JsonSchemaValidator.CheckSchema(Parse("""{"properties":{"x":{"bogus":1}}}"""), "$.input_schema"));

        Assert.Equal("$.input_schema.properties.x.bogus", problem.Path);
    }

    [Fact]
    public void CheckSchema_VeryDeepSchema_IsRejectedAsTooDeep()
    {
        var json = string.Concat(Enumerable.Repeat("""{"items":""", 1000)) + "{}" + new string('}', 1000);

        var problems = JsonSchemaValidator.CheckSchema(Parse(json));

        Assert.Equal("too_deep", Assert.Single(problems).Code);
    }

    [Fact]
    public void CheckSchema_HugeSchema_IsBounded()
    {
        var properties = string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"p{i}\":{{\"bogus\":{i}}}"));

        var problems = JsonSchemaValidator.CheckSchema(Parse("{\"properties\":{" + properties + "}}"));

        Assert.Equal(101, problems.Count);
    }

    [Fact]
    public void CheckSchema_TooLongPattern_IsRejected()
    {
        var problems = JsonSchemaValidator.CheckSchema(Parse("{\"pattern\":\"" + new string('a', 600) + "\"}"));

        Assert.Equal("$.pattern", Assert.Single(problems).Path);
    }
}
