using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;

namespace JobForge.Domain.Tests.Events;

public sealed class PayloadRedactionTests
{
    private const string Payload = """
        {"customer":{"email":"a@b.c","name":"Ann"},"items":[{"card":"4111","sku":"x"},{"card":"5500","sku":"y"}],"n":1e400}
        """;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static PayloadPath[] Paths(params string[] paths) => paths.Select(PayloadPath.Parse).ToArray();

    [Fact]
    public void Redact_NestedAndWildcardPaths_ReplacesOnlyThoseValues()
    {
        var redacted = PayloadRedactor.Redact(Json(Payload), Paths("customer.email", "items[*].card"));

        Assert.Equal(
            """{"customer":{"email":"[REDACTED]","name":"Ann"},"items":[{"card":"[REDACTED]","sku":"x"},{"card":"[REDACTED]","sku":"y"}],"n":1e400}""",
            redacted.GetRawText());
    }

    [Fact]
    public void Redact_IndexPathAndWholeObject_ReplacesTheAddressedValue()
    {
        var redacted = PayloadRedactor.Redact(Json(Payload), Paths("items[1]", "customer"));

        Assert.Equal("""{"customer":"[REDACTED]","items":[{"card":"4111","sku":"x"},"[REDACTED]"],"n":1e400}""", redacted.GetRawText());
    }

    [Fact]
    public void Redact_PathsThatMatchNothing_LeaveThePayloadUnchanged()
    {
        var redacted = PayloadRedactor.Redact(Json(Payload), Paths("missing.field", "customer[*]", "items.card"));

        Assert.Equal(Json(Payload).GetRawText(), redacted.GetRawText());
    }

    [Fact]
    public void Select_WildcardPath_ReturnsEachValueWithItsConcreteLocation()
    {
        var matches = PayloadPaths.Select(Json(Payload), PayloadPath.Parse("items[*].card"));

        Assert.Equal([("items[0].card", "4111"), ("items[1].card", "5500")], matches.Select(m => (m.Location, m.Value.GetString())));
    }

    [Fact]
    public void Replace_EncryptFieldPath_WritesTheReplacementNode()
    {
        var replaced = PayloadPaths.Replace(Json(Payload), PayloadPath.Parse("customer.email"),
            value => new JsonObject { ["enc"] = "v1:" + value.GetString()!.Length });

        Assert.Equal("v1:5", replaced.GetProperty("customer").GetProperty("email").GetProperty("enc").GetString());
        Assert.Equal("Ann", replaced.GetProperty("customer").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("customer.email", true)]
    [InlineData("items[*].card", true)]
    [InlineData("items[0]", true)]
    [InlineData("matrix[*][*]", true)]
    [InlineData("a-b_c.D9", true)]
    [InlineData("", false)]
    [InlineData("$.customer", false)]
    [InlineData(".email", false)]
    [InlineData("customer.", false)]
    [InlineData("a..b", false)]
    [InlineData("items[]", false)]
    [InlineData("items[01]", false)]
    [InlineData("items[10000]", false)]
    [InlineData("items[*", false)]
    [InlineData("[0]", false)]
    [InlineData("a b", false)]
    [InlineData("a.b.c.d.e.f.g.h.i.j", true)]
    [InlineData("a.b.c.d.e.f.g.h.i.j.k", false)]
    public void TryParse_PayloadPath_FollowsTheDocumentedSyntax(string text, bool valid)
    {
        Assert.Equal(valid, PayloadPath.TryParse(text, out _));
    }

    [Fact]
    public void Parse_InvalidRedactionPaths_AreReportedWithTheirIndex()
    {
        var json = EventTestData.With("redaction_hints", """{"redact_fields":["ok.path","$.bad",7],"retention_days":0}""");

        var problems = EventTestData.Parse(json).Problems.Select(p => (p.Path, p.Code));

        Assert.Equal(
            [
                ("$.redaction_hints.redact_fields[1]", ValidationProblemCodes.InvalidFormat),
                ("$.redaction_hints.redact_fields[2]", ValidationProblemCodes.WrongType),
                ("$.redaction_hints.retention_days", ValidationProblemCodes.OutOfRange),
            ],
            problems);
    }

    [Theory]
    [InlineData("""{"password":"p"}""", """{"password":"[REDACTED]"}""")]
    [InlineData("""{"users":[{"name":"a","Password":"p"},{"creds":{"db_password":"q"}}]}""", """{"users":[{"name":"a","Password":"[REDACTED]"},{"creds":{"db_password":"[REDACTED]"}}]}""")]
    [InlineData("""{"headers":{"Authorization":"Bearer x","Accept":"*/*"}}""", """{"headers":{"Authorization":"[REDACTED]","Accept":"*/*"}}""")]
    [InlineData("""{"api_key":1,"credit-card":{"n":"4111"},"ssn":null,"tokens_used":5}""", """{"api_key":"[REDACTED]","credit-card":"[REDACTED]","ssn":"[REDACTED]","tokens_used":5}""")]
    public void Redact_SensitiveFieldNamesAnywhere_AreMasked(string input, string expected)
    {
        Assert.Equal(expected, SensitiveFieldRedactor.Redact(Json(input)).GetRawText());
    }

    [Fact]
    public void Redact_TreeDeeperThanSixtyFour_IsTruncatedNotThrown()
    {
        using var document = JsonDocument.Parse(new string('[', 100) + new string(']', 100), new JsonDocumentOptions { MaxDepth = 200 });

        var redacted = SensitiveFieldRedactor.Redact(document.RootElement).GetRawText();

        Assert.Contains("\"[TRUNCATED]\"", redacted, StringComparison.Ordinal);
        Assert.Equal(64, redacted.Replace("\"[TRUNCATED]\"", "", StringComparison.Ordinal).Count(c => c == '['));
    }

    [Fact]
    public void Redact_UnpairedSurrogateEscapes_AreCopiedEscapedNotThrown()
    {
        var redacted = SensitiveFieldRedactor.Redact(Json("""{"\ud800":"\udc00","secret":"s"}"""));

        Assert.Equal("[REDACTED]", redacted.GetProperty("secret").GetString());
        Assert.Equal("\\udc00", redacted.GetProperty("\\ud800").GetString());
    }
}
