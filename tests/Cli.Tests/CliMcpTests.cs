using System.Text.Json;
using ModelContextProtocol.Client;

namespace JobForge.Cli.Tests;

/// <summary><c>jobforge mcp</c> as a local agent starts it: the built executable as a child process, MCP over its stdin/stdout.</summary>
[Collection(CliCollection.Name)]
public sealed class CliMcpTests(CliTestServer server)
{
    [Fact]
    public async Task Mcp_OverTheProcessesStdio_ListsTheToolsAndCallsTheApiWithTheConfiguredKey()
    {
        var tenant = CliTestServer.NewTenant();
        var key = await server.KeyAsync(tenant, "events:write", "events:read");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "jobforge",
            Command = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet",
            Arguments = [CliProcess.DllPath, "mcp"],
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["JOBFORGE_URL"] = server.Address.ToString(),
                ["JOBFORGE_API_KEY"] = key,
                ["JOBFORGE_CONFIG_DIR"] = server.ConfigDirectory,
                ["NO_COLOR"] = "1",
            },
        });
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var mcp = await McpClient.CreateAsync(transport, cancellationToken: connecting.Token);

        var tools = await mcp.ListToolsAsync(cancellationToken: connecting.Token);
        var ingested = await mcp.CallToolAsync("jobforge.events.ingest", new Dictionary<string, object?>
        {
            ["tenant_id"] = tenant, ["event_type"] = "cli.mcp", ["source_app"] = "settler", ["payload"] = JsonDocument.Parse("""{"n":1}""").RootElement,
        }, cancellationToken: connecting.Token);
        var denied = await mcp.CallToolAsync("jobforge.jobs.status", new Dictionary<string, object?> { ["run_id"] = "run_" + new string('0', 31) + "1" },
            cancellationToken: connecting.Token);

        Assert.Contains(tools, tool => tool.Name == "jobforge.events.ingest");
        Assert.Equal(8, tools.Count);
        Assert.True(ingested.IsError is not true, JsonSerializer.Serialize(ingested.Content));
        Assert.Equal(JsonValueKind.String, ingested.StructuredContent!.Value.GetProperty("event_id").ValueKind);
        Assert.True(denied.IsError, "a key without jobs:read must be refused");
        Assert.Contains("forbidden", JsonSerializer.Serialize(denied.Content), StringComparison.Ordinal);
    }
}
