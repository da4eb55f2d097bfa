namespace JobForge.Mcp.Tests;

/// <summary>A server of its own that throttles a client after two failed authentications (for an hour).</summary>
public sealed class ThrottledMcpTestServer : McpTestServer
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } = new Dictionary<string, string?>
    {
        ["JobForge:Auth:MaxFailedAttempts"] = "2",
        ["JobForge:Auth:FailedAttemptWindow"] = "01:00:00",
    };
}
