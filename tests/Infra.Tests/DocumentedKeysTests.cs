using JobForge.TestKit.Configuration;

namespace JobForge.Infra.Tests;

/// <summary>How the parity checks read documented keys and match them, so they can tell a documented key from one that is not.</summary>
public sealed class DocumentedKeysTests
{
    [Fact]
    public void KeysInRow_RelativeNames_ResolveAgainstThePreviousKeyInTheCell()
    {
        var keys = DocumentedKeys.KeysInRow("| `JobForge:Steps:Http:MaxResponseBytes`, `…:MaxRedirects` | `1048576`, `3` | Caps. |")
            .Select(key => key.ToString());

        Assert.Equal(["JobForge:Steps:Http:MaxResponseBytes", "JobForge:Steps:Http:MaxRedirects"], keys);
    }

    [Fact]
    public void KeysInRow_BareNameAfterAKey_IsItsSibling_AndValuesAreIgnored()
    {
        var keys = DocumentedKeys.KeysInRow("| `JobForge:Publishing:MinRetryBackoff`, `MaxRetryBackoff` | `00:00:01` | Back-off. |")
            .Select(key => key.ToString());

        Assert.Equal(["JobForge:Publishing:MinRetryBackoff", "JobForge:Publishing:MaxRetryBackoff"], keys);
    }

    [Fact]
    public void KeysInRow_BraceAlternativesExpand_AndOtherPlaceholdersMatchOneSegment()
    {
        var modules = DocumentedKeys.KeysInRow("| `JobForge:Modules:{ops,support}:BaseUrl` | — | URL. |").Select(key => key.ToString());
        var keys = Assert.Single(DocumentedKeys.KeysInRow("| `JobForge:Events:Encryption:Keys:{id}` | — | Keys. |"));

        Assert.Equal(["JobForge:Modules:ops:BaseUrl", "JobForge:Modules:support:BaseUrl"], modules);
        Assert.True(keys.Covers(ConfigurationKey.Parse("JobForge__Events__Encryption__Keys__k1")));
        Assert.False(keys.Covers(ConfigurationKey.Parse("JobForge__Events__Encryption__ActiveKeyId")));
    }

    [Theory]
    [InlineData("Some prose with `JobForge:Storage:ConnectionString` in it.")]
    [InlineData("| Key | Default | Meaning |")]
    [InlineData("| `GET /api/v1/jobs/{run_id}` | `jobs:read` | A route, not a key. |")]
    public void KeysInRow_LinesWithoutAKeyCell_YieldNothing(string line)
    {
        Assert.Empty(DocumentedKeys.KeysInRow(line));
    }

    [Theory]
    [InlineData("JobForge:RateLimits:Tenants:*:PerMinute", "JobForge:RateLimits:Tenants:*", true)]
    [InlineData("JobForge:Steps:Http:SigningSecret", "jobforge__steps__http__signingsecret", true)]
    [InlineData("JobForge:Steps:Http:SigningSecret", "JobForge:Steps:Http:Signing", false)]
    [InlineData("JobForge:Steps:Http", "JobForge:Steps:Http:SigningSecret", false)]
    public void Covers_MatchesSegmentBySegmentIgnoringCase(string pattern, string key, bool covered)
    {
        Assert.Equal(covered, ConfigurationKey.Parse(pattern).Covers(ConfigurationKey.Parse(key)));
    }
}
