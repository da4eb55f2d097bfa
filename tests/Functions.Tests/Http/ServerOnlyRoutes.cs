namespace JobForge.Functions.Tests.Http;

/// <summary>
/// Routes the self-hosted server serves and the Functions app deliberately does not, each with its reason (also in
/// docs/adr/0004-two-hosts-one-application.md). Everything else must be on both hosts.
/// </summary>
public static class ServerOnlyRoutes
{
    /// <summary>The exclusions: a normalized route prefix (<see cref="RouteShape"/>) and why.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Reason)> All =
    [
        ("docs", "The interactive API reference (Scalar) is a Development convenience of the self-hosted server; the Functions app serves the OpenAPI document itself."),
        ("api/mcp", "The MCP endpoint holds long-lived streamable sessions; it is served by the self-hosted server only."),
        ("", "Browser-facing pages outside /api (the dashboard at /, its assets) are served by the self-hosted server only."),
    ];

    /// <summary>Why <paramref name="normalizedRoute"/> is server-only, or null when both hosts must serve it.</summary>
    public static string? ReasonFor(string normalizedRoute)
    {
        foreach (var (prefix, reason) in All)
        {
            var matches = prefix.Length == 0
                ? !normalizedRoute.StartsWith("api/", StringComparison.Ordinal) && normalizedRoute != "api"
                : normalizedRoute == prefix || normalizedRoute.StartsWith(prefix + "/", StringComparison.Ordinal);
            if (matches)
            {
                return reason;
            }
        }

        return null;
    }
}
