using System.Text.Json;
using JobForge.Domain.Events;
using static JobForge.Domain.Tests.Events.EventTestData;

namespace JobForge.Domain.Tests.Events;

public sealed class EventPayloadLimitTests
{
    [Fact]
    public void Parse_PayloadDepthTen_IsAccepted()
    {
        Assert.True(Parse(WithPayload("{\"a\":" + Nested(9) + "}")).IsValid);
    }

    [Fact]
    public void Parse_PayloadDepthEleven_IsRejectedAtTheTooDeepContainer()
    {
        var problem = Single(Parse(WithPayload("{\"a\":" + Nested(10) + "}")));

        Assert.Equal(("$.payload.a[0][0][0][0][0][0][0][0][0]", ValidationProblemCodes.TooDeep), (problem.Path, problem.Code));
    }

    [Fact]
    public void Parse_PayloadAtDocumentMaxDepth_ReportsOneProblemWithoutThrowing()
    {
        var problem = Single(Parse(WithPayload("{\"a\":" + Nested(62) + "}")));

        Assert.Equal(ValidationProblemCodes.TooDeep, problem.Code);
    }

    [Theory]
    [InlineData("""{"s":"#"}""", "$.payload.s")]
    [InlineData("""{"a":[1,{"b":"#"}]}""", "$.payload.a[1].b")]
    [InlineData("""{"odd key":"#"}""", "$.payload['odd key']")]
    public void Parse_StringOverLimitAnywhere_IsRejectedWithItsPath(string template, string path)
    {
        var problem = Single(Parse(WithPayload(template.Replace("#", new string('x', PayloadLimits.MaxStringLength + 1), StringComparison.Ordinal))));

        Assert.Equal((path, ValidationProblemCodes.TooLong), (problem.Path, problem.Code));
    }

    [Fact]
    public void Parse_StringAtLimit_IsAccepted()
    {
        Assert.True(Parse(WithPayload("{\"s\":\"" + new string('x', PayloadLimits.MaxStringLength) + "\"}")).IsValid);
    }

    [Fact]
    public void Parse_PropertyNameOverLimit_IsRejected()
    {
        var problem = Single(Parse(WithPayload("{\"" + new string('k', PayloadLimits.MaxStringLength + 1) + "\":1}")));

        Assert.Equal(ValidationProblemCodes.TooLong, problem.Code);
        Assert.True(problem.Path.Length < 100, "a hostile key must not make the path huge");
    }

    [Theory]
    [InlineData(PayloadLimits.MaxArrayItems, true)]
    [InlineData(PayloadLimits.MaxArrayItems + 1, false)]
    public void Parse_ArrayItemCount_IsBoundedAtTenThousand(int count, bool valid)
    {
        var result = Parse(WithPayload("{\"items\":[" + string.Join(",", Enumerable.Repeat("0", count)) + "]}"));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(("$.payload.items", ValidationProblemCodes.TooManyItems), (Single(result).Path, Single(result).Code));
        }
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e-400")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    public void Parse_HugeNumber_IsAcceptedAsRawJsonNumber(string number)
    {
        var envelope = Parse(WithPayload("{\"n\":" + number + "}")).Envelope!;

        Assert.Equal(number, envelope.Payload.GetProperty("n").GetRawText());
    }

    [Fact]
    public void Parse_DuplicatePropertyInPayload_IsRejectedWithItsPath()
    {
        var problem = Single(Parse(WithPayload("""{"a":{"b":1,"b":2}}""")));

        Assert.Equal(("$.payload.a.b", ValidationProblemCodes.DuplicateField), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("""{"s":"\ud800"}""", "$.payload.s")]
    [InlineData("""{"\udc00":1}""", "$.payload['\\\\udc00']")]
    public void Parse_UnpairedSurrogateEscape_IsRejectedWithoutThrowing(string payload, string path)
    {
        var problem = Single(Parse(WithPayload(payload)));

        Assert.Equal((path, ValidationProblemCodes.InvalidFormat), (problem.Path, problem.Code));
    }

    [Fact]
    public void Parse_PairedSurrogateEscape_IsAccepted()
    {
        var envelope = Parse(WithPayload("""{"s":"\ud83d\ude00"}""")).Envelope!;

        Assert.Equal("\U0001F600", envelope.Payload.GetProperty("s").GetString());
    }

    [Fact]
    public void Parse_ThousandsOfProblems_ReportsABoundedListEndingWithAMarker()
    {
        var payload = "{" + string.Join(",", Enumerable.Range(0, 500).Select(_ => "\"k\":1")) + "}";

        var problems = Parse(WithPayload(payload)).Problems;

        Assert.Equal(ValidationProblemCodes.ProblemLimit + 1, problems.Count);
        Assert.Equal(ValidationProblemCodes.TooManyProblems, problems[^1].Code);
    }

    [Fact]
    public void From_JsonException_GivesInvalidJsonWithOneBasedLineAndByte()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse("{\"a\": [1,2,\n  x]}"));

        var problem = JsonSyntaxProblem.From(exception);

        Assert.Equal(new ValidationProblem("$", "invalid_json", "malformed JSON at line 2, byte 3"), problem);
    }

    [Fact]
    public void From_JsonExceptionWithoutPosition_DoesNotLeakItsMessage()
    {
        var problem = JsonSyntaxProblem.From(new JsonException("secret internal text"));

        Assert.Equal("malformed JSON", problem.Message);
    }
}
