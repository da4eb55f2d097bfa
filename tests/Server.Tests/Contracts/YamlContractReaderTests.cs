using JobForge.Application.Contracts;

namespace JobForge.Server.Tests.Contracts;

public sealed class YamlContractReaderTests
{
    private static string Json(string yaml)
    {
        var (document, problem) = YamlContractReader.Convert(yaml);
        Assert.True(problem is null, problem?.Message);
        using (document)
        {
            return document!.RootElement.GetRawText();
        }
    }

    [Fact]
    public void Convert_PlainScalars_FollowTheCoreSchema_QuotedStayStrings()
    {
        var json = Json("""
            a: 12
            b: -3.5e2
            c: true
            d: ~
            e: null
            f: "12"
            g: 'true'
            h: yes
            i: 0x1F
            j: 0o17
            k: .inf
            l: 1.2.3
            m: |
              line
            n:
            o: 012
            """);

        Assert.Equal("""{"a":12,"b":-350,"c":true,"d":null,"e":null,"f":"12","g":"true","h":"yes","i":31,"j":15,"k":".inf","l":"1.2.3","m":"line\n","n":null,"o":12}""", json);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x", "anchors")]
    [InlineData("a: !!binary aGk=", "tags")]
    [InlineData("a: !custom 1", "tags")]
    [InlineData("? [a, b]\n: c", "mapping keys")]
    [InlineData("a: 1\na: 2", "twice")]
    [InlineData("a: [1, 2", "not well-formed")]
    [InlineData("a: 1\n---\nb: 2", "one YAML document")]
    [InlineData(": {\n0", "not well-formed")] // fuzzing: YamlDotNet's scanner threw InvalidOperationException (a 500)
    [InlineData("!![", "not well-formed")] // fuzzing: YamlDotNet's TagName threw ArgumentException (a 500)
    public void Convert_UnsafeOrBrokenYaml_IsAProblemAtTheRoot(string yaml, string expected)
    {
        var (document, problem) = YamlContractReader.Convert(yaml);

        Assert.Null(document);
        Assert.Equal("$", problem!.Path);
        Assert.Equal(YamlContractReader.InvalidYamlCode, problem.Code);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_NestingPastTheLimit_IsRejected_AtTheLimitAccepted()
    {
        var ok = new string('[', YamlContractReader.MaxDepth) + new string(']', YamlContractReader.MaxDepth);
        var deep = "[" + ok + "]";

        Assert.Null(YamlContractReader.Convert(ok).Problem);
        Assert.Contains("deeper", YamlContractReader.Convert(deep).Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0.0", "1.0.1", -1)]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("1.0.0-rc.1", "1.0.0", -1)]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1", -1)]
    [InlineData("1.0.0-alpha.beta", "1.0.0-beta", -1)]
    [InlineData("1.0.0-2", "1.0.0-11", -1)]
    [InlineData("1.0.0-rc.1", "1.0.0-alpha", 1)]
    [InlineData("1.0.0+a", "1.0.0+b", 0)]
    public void SemanticVersionOrder_FollowsSemVerPrecedence(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(SemanticVersionOrder.Compare(left, right)));
        Assert.Equal(-expected, Math.Sign(SemanticVersionOrder.Compare(right, left)));
    }
}
