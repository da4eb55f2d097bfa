using JobForge.Mcp.Tools;
using ModelContextProtocol.Server;

namespace JobForge.Mcp;

/// <summary>JobForge's MCP tools, for either transport.</summary>
public static class JobForgeMcpTools
{
    /// <summary>The server name announced to MCP clients.</summary>
    public const string ServerName = "jobforge";

    /// <summary>
    /// The eight tools (the execution-plane contract's five: <c>jobforge.events.ingest</c>, <c>jobforge.jobs.request</c>,
    /// <c>jobforge.jobs.status</c>, <c>jobforge.artifacts.manifest.get</c>, <c>jobforge.events.list</c>; and
    /// <c>jobforge.jobs.watch</c>, <c>jobforge.templates.list</c>, <c>jobforge.runs.artifacts</c>), each calling the API
    /// with the client <paramref name="clients"/> gives for the current call.
    /// </summary>
    public static IReadOnlyList<McpServerTool> Create(IJobForgeClientSource clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return
        [
            new EventsIngestTool(clients),
            new EventsListTool(clients),
            new JobsRequestTool(clients),
            new JobsStatusTool(clients),
            new JobsWatchTool(clients),
            new ManifestGetTool(clients),
            new TemplatesListTool(clients),
            new RunArtifactsTool(clients),
        ];
    }

    /// <summary>The server's options with the tools of <paramref name="clients"/>.</summary>
    internal static McpServerOptions ServerOptions(IJobForgeClientSource clients)
    {
        var options = new McpServerOptions
        {
            ServerInfo = new ModelContextProtocol.Protocol.Implementation { Name = ServerName, Version = Version },
            ToolCollection = [],
        };
        foreach (var tool in Create(clients))
        {
            options.ToolCollection.Add(tool);
        }

        return options;
    }

    /// <summary>This assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(JobForgeMcpTools).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
}
