using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Mcp;

/// <summary>
/// The place for <c>jobforge mcp</c> (issue 14, MCP server over stdio). Nothing is registered yet: src/Mcp (feature/mcp)
/// provides the stdio server. To wire it after merging: reference src/Mcp from Cli.csproj, add an
/// <c>McpCommand : ApiCommand&lt;ApiSettings&gt;</c> in this folder that starts the stdio server with the SDK client the
/// frame resolved (same <c>--url</c>/<c>--api-key</c>/profile precedence), and register it below with
/// <c>config.AddCommand&lt;McpCommand&gt;("mcp")</c>. Over stdio, standard output belongs to the protocol: the command must
/// print nothing else there (diagnostics to standard error).
/// </summary>
internal static class McpCommandSlot
{
    public static void Add(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);

        // config.AddCommand<McpCommand>("mcp").WithDescription("Serve the JobForge MCP tools over stdio for local agents.");
    }
}
