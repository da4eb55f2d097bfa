using JobForge.Mcp;
using ModelContextProtocol.Server;

namespace JobForge.Server.Mcp;

/// <summary>
/// The MCP server over Streamable HTTP at <c>/api/mcp</c>, behind the API-key check of
/// <see cref="McpAuthenticationMiddleware"/>. Stateless: each POST is one self-contained exchange, so a tool call runs
/// inside the HTTP request that carried it, with that request's key, and any server instance can answer it.
/// </summary>
public static class McpEndpoints
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/mcp";

    /// <summary>Registers the MCP server, its tools and the loopback client they call the API with.</summary>
    public static IServiceCollection AddJobForgeMcp(this IServiceCollection services)
    {
        services.AddOptions<McpEndpointOptions>().BindConfiguration(McpEndpointOptions.Section);
        services.AddHttpContextAccessor();
        // The SDK logs whole JSON-RPC messages (tool arguments: policy tokens) at Debug/Trace: never below Information.
        services.AddLogging(logging => logging.AddFilter("ModelContextProtocol", LogLevel.Information));
        services.AddHttpClient(LoopbackJobForgeClientSource.HttpClientName);
        services.AddSingleton<IJobForgeClientSource, LoopbackJobForgeClientSource>();
        services.AddSingleton(provider => new McpToolSet(JobForgeMcpTools.Create(provider.GetRequiredService<IJobForgeClientSource>())));
        services.AddMcpServer(options => options.ServerInfo = new() { Name = JobForgeMcpTools.ServerName, Version = JobForgeMcpTools.Version })
            .WithHttpTransport(transport => transport.Stateless = true);
        // Stateless: the options (and so the tool collection) are built for every request; the tools are built once.
        services.AddOptions<McpServerOptions>().PostConfigure<McpToolSet>((options, tools) =>
        {
            options.ToolCollection ??= [];
            foreach (var tool in tools.Tools)
            {
                options.ToolCollection.Add(tool);
            }
        });
        return services;
    }

    /// <summary>Maps <c>/api/mcp</c> with its API-key check in front.</summary>
    public static WebApplication MapJobForgeMcp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase),
            branch => branch.UseMiddleware<McpAuthenticationMiddleware>());
        app.MapMcp(Path).ExcludeFromDescription();
        return app;
    }
}
