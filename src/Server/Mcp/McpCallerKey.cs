namespace JobForge.Server.Mcp;

/// <summary>
/// The API key an <c>/api/mcp</c> request authenticated with, kept on the request for the tools to call the API with.
/// A secret: it lives only in <see cref="HttpContext.Items"/> for the request and is never logged.
/// </summary>
internal static class McpCallerKey
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string apiKey) => context.Items[Key] = apiKey;

    public static string? Get(HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as string : null;

    /// <summary>The token of a <c>Bearer</c> header the authenticator already accepted.</summary>
    public static string BearerToken(HttpContext context) =>
        context.Request.Headers.Authorization[0]!["Bearer ".Length..].Trim(' ');
}
