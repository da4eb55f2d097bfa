using JobForge.Cli.Configuration;
using JobForge.Client;
using JobForge.Mcp;

namespace JobForge.Cli.Commands.Mcp;

/// <summary>
/// <c>jobforge mcp</c>: serves the JobForge MCP tools over stdio for a local agent, calling the API with the resolved
/// URL and key (same <c>--url</c>/<c>--api-key</c>/environment/profile precedence as every command). Standard output
/// belongs to the protocol while it runs; nothing else is written there.
/// </summary>
internal sealed class McpCommand(CliRuntime runtime) : ApiCommand<ApiSettings>(runtime)
{
    protected override Task<int> RunAsync(ApiCall<ApiSettings> call, CancellationToken cancellationToken) =>
        McpStdioHost.RunAsync(new JobForgeClientOptions { BaseAddress = call.Connection.Url, ApiKey = call.Connection.ApiKey! }, cancellationToken);
}
