using System.Text.Json;

namespace JobForge.Mcp.Tests;

/// <summary>Both transports list the same eight tools, each with a closed JSON input schema and an object output schema.</summary>
[Collection(McpServerCollection.Name)]
public sealed class McpToolCatalogueTests(McpTestServer server)
{
    private static readonly Dictionary<string, (string[] Required, string OutputProperty)> Expected = new()
    {
        ["jobforge.events.ingest"] = (["tenant_id", "event_type", "source_app", "payload"], "event_id"),
        ["jobforge.events.list"] = ([], "events"),
        ["jobforge.jobs.request"] = (["tenant_id", "template_key"], "run_id"),
        ["jobforge.jobs.status"] = (["run_id"], "steps"),
        ["jobforge.jobs.watch"] = (["run_id"], "finished"),
        ["jobforge.artifacts.manifest.get"] = (["run_id"], "manifest_version"),
        ["jobforge.templates.list"] = ([], "templates"),
        ["jobforge.runs.artifacts"] = (["run_id"], "artifacts"),
    };

    [Theory]
    [InlineData(McpConnection.Http)]
    [InlineData(McpConnection.Stdio)]
    public async Task ListTools_OverTransport_GivesTheEightToolsWithTheirInputAndOutputSchemas(string transport)
    {
        await using var mcp = await McpConnection.OpenAsync(server, transport, await server.KeyAsync(McpTestServer.NewTenant(), "jobs:read"));

        var tools = await mcp.Client.ListToolsAsync();

        Assert.Equal(Expected.Keys.Order(), tools.Select(t => t.Name).Order());
        Assert.Equal("jobforge", mcp.Client.ServerInfo?.Name);
        foreach (var tool in tools)
        {
            var (required, outputProperty) = Expected[tool.Name];
            var input = tool.ProtocolTool.InputSchema;
            Assert.Equal("object", input.GetProperty("type").GetString());
            Assert.False(input.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal(required.Order(), input.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order());
            Assert.All(required, name => Assert.True(input.GetProperty("properties").TryGetProperty(name, out _), $"{tool.Name} lacks {name}"));
            var output = Assert.IsType<JsonElement>(tool.ProtocolTool.OutputSchema);
            Assert.Equal("object", output.GetProperty("type").GetString());
            Assert.True(output.GetProperty("properties").TryGetProperty(outputProperty, out _), $"{tool.Name}'s output schema lacks {outputProperty}");
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
        }

        Assert.True(tools.Single(t => t.Name == "jobforge.jobs.request").ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("policy_token", out _));
    }
}
