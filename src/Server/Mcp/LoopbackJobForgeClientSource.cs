using JobForge.Client;
using JobForge.Mcp;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Mcp;

/// <summary>
/// Gives each <c>/api/mcp</c> tool call a <see cref="JobForgeClient"/> holding the request's own API key and pointed at
/// this server's API over loopback, so a tool call goes through exactly the middleware, scope, tenant, feature-flag,
/// schema, policy-token, rate-limit and audit gates an HTTP caller meets. No retries: a 429 reaches the agent as is.
/// </summary>
internal sealed class LoopbackJobForgeClientSource(
    IHttpContextAccessor accessor, IHttpClientFactory httpClients, IServer server, IOptions<McpEndpointOptions> options) : IJobForgeClientSource
{
    public const string HttpClientName = "jobforge-mcp-loopback";

    private Uri? _address;

    public JobForgeClient GetClient()
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("An /api/mcp tool ran outside its HTTP request.");
        var apiKey = McpCallerKey.Get(context) ?? throw new InvalidOperationException("An /api/mcp tool ran without an authenticated key.");
        return new JobForgeClient(httpClients.CreateClient(HttpClientName), new JobForgeClientOptions { BaseAddress = Address(), ApiKey = apiKey, MaxRetries = 0 });
    }

    private Uri Address() => _address ??= options.Value.ApiBaseAddress ?? FromServer();

    private Uri FromServer()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var bound = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"The server has no bound address; set '{McpEndpointOptions.Section}:ApiBaseAddress'.");
        var builder = new UriBuilder(bound.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1";
        }

        builder.Path = "/";
        return builder.Uri;
    }
}
