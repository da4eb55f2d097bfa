using System.Text.Json;
using JobForge.Domain.Runs;

namespace JobForge.Domain.Tests.Runs;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void ToText_TestVector_SortsKeysAndHashesToTheKnownDigest()
    {
        using var document = JsonDocument.Parse("""{"b":2,"a":1}""");

        var text = CanonicalJson.ToText(document.RootElement);

        Assert.Equal("""{"a":1,"b":2}""", text);
        Assert.Equal("43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777", CanonicalJson.Sha256Hex(text));
    }

    [Theory]
    [InlineData("""{ "z" : [ 3, {"y":true,"x":null} ], "a" : "é\u00e9" }""", """{"a":"éé","z":[3,{"x":null,"y":true}]}""")]
    [InlineData("""{"B":1,"a":2,"_":3}""", """{"B":1,"_":3,"a":2}""")]
    [InlineData("""{"n":1.50e3}""", """{"n":1.50e3}""")]
    public void ToText_NestedValues_AreOrderedByOrdinalWithoutWhitespace(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, CanonicalJson.ToText(document.RootElement));
    }

    [Fact]
    public void ToText_KeyOrder_DoesNotChangeTheHash()
    {
        using var first = JsonDocument.Parse("""{"target":"x","scan_type":"cost"}""");
        using var second = JsonDocument.Parse("""{"scan_type":"cost",  "target":"x"}""");

        Assert.Equal(
            CanonicalJson.Sha256Hex(CanonicalJson.ToText(first.RootElement)),
            CanonicalJson.Sha256Hex(CanonicalJson.ToText(second.RootElement)));
    }
}
