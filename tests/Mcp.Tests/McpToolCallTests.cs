using System.Text.Json;
using JobForge.Client;
using static JobForge.Mcp.Tests.McpConnection;

namespace JobForge.Mcp.Tests;

/// <summary>Every tool over both transports, against the real API: results, errors as envelopes, and the API's gates.</summary>
[Collection(McpServerCollection.Name)]
public sealed class McpToolCallTests(McpTestServer server)
{
    [Theory]
    [InlineData(Http)]
    [InlineData(Stdio)]
    public async Task EveryTool_CalledOverTransport_ReturnsTheApisAnswerAsStructuredContent(string transport)
    {
        var tenant = McpTestServer.NewTenant();
        var template = await server.RegisterQuickAsync(tenant);
        var key = await server.KeyAsync(tenant, "events:write", "events:read", "jobs:write", "jobs:read", "ops:read");
        await using var mcp = await OpenAsync(server, transport, key);

        var receipt = Structured(await mcp.CallAsync("jobforge.events.ingest", new()
        {
            ["tenant_id"] = tenant, ["event_type"] = "mcp.test", ["source_app"] = "settler", ["source_module"] = "ops",
            ["payload"] = Json("""{"severity":"warning"}"""), ["idempotency_key"] = "mcp-event-1",
        }));
        var repeated = Structured(await mcp.CallAsync("jobforge.events.ingest", new()
        {
            ["tenant_id"] = tenant, ["event_type"] = "mcp.test", ["source_app"] = "settler", ["payload"] = Json("""{"severity":"warning"}"""), ["idempotency_key"] = "mcp-event-1",
        }));
        var events = Structured(await mcp.CallAsync("jobforge.events.list", new() { ["event_type"] = "mcp.test", ["limit"] = 10 }));
        var templates = Structured(await mcp.CallAsync("jobforge.templates.list", new()));
        var accepted = Structured(await mcp.CallAsync("jobforge.jobs.request", new()
        {
            ["tenant_id"] = tenant, ["template_key"] = template, ["inputs"] = Json("""{"n":7}"""), ["idempotency_key"] = "mcp-run-1",
        }));
        var runId = accepted.GetProperty("run_id").GetString()!;
        var watched = Structured(await mcp.CallAsync("jobforge.jobs.watch", new() { ["run_id"] = runId, ["timeout_seconds"] = 60 }));
        var status = Structured(await mcp.CallAsync("jobforge.jobs.status", new() { ["run_id"] = runId, ["include_outputs"] = true }));
        var artifacts = Structured(await mcp.CallAsync("jobforge.runs.artifacts", new() { ["run_id"] = runId }));
        var manifest = Structured(await mcp.CallAsync("jobforge.artifacts.manifest.get", new() { ["run_id"] = runId }));

        Assert.False(receipt.GetProperty("duplicate").GetBoolean());
        Assert.True(repeated.GetProperty("duplicate").GetBoolean());
        Assert.Equal(receipt.GetProperty("event_id").GetString(), repeated.GetProperty("event_id").GetString());
        Assert.Equal([receipt.GetProperty("event_id").GetString()], events.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()));
        Assert.Contains(templates.GetProperty("templates").EnumerateArray(), t => t.GetProperty("template_key").GetString() == template && t.GetProperty("enabled").GetBoolean());
        Assert.True(watched.GetProperty("finished").GetBoolean());
        Assert.Equal("succeeded", watched.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        Assert.Equal(7, status.GetProperty("steps")[0].GetProperty("outputs").GetProperty("value").GetInt32());
        Assert.Equal(runId, artifacts.GetProperty("run_id").GetString());
        Assert.NotEmpty(artifacts.GetProperty("artifacts").EnumerateArray());
        Assert.Equal(runId, manifest.GetProperty("run_id").GetString());
        Assert.Equal(template, manifest.GetProperty("job_type").GetString());

        using var client = JobForgeClient.Create(server.ClientOptions(key));
        var viaHttp = await client.Jobs.GetAsync(runId);
        Assert.Equal(viaHttp.TraceId, status.GetProperty("trace_id").GetString());
    }

    [Theory]
    [InlineData(Http)]
    [InlineData(Stdio)]
    public async Task ApiError_SurfacesAsAToolError_CarryingTheEnvelopesTypeMessageAndTraceId(string transport)
    {
        var tenant = McpTestServer.NewTenant();
        await using var mcp = await OpenAsync(server, transport, await server.KeyAsync(tenant, "jobs:read", "jobs:write"));

        var missing = Error(await mcp.CallAsync("jobforge.jobs.status", new() { ["run_id"] = "run_0123456789abcdef0123456789abcdef" }));
        var invalid = Error(await mcp.CallAsync("jobforge.jobs.request", new() { ["tenant_id"] = tenant, ["template_key"] = "Not A Key" }));

        Assert.Equal("not_found", missing.GetProperty("type").GetString());
        Assert.Equal(404, missing.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(missing.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(missing.GetProperty("trace_id").GetString()));
        Assert.Equal("validation_failed", invalid.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, invalid.GetProperty("details").ValueKind);
    }

    [Theory]
    [InlineData(Http)]
    [InlineData(Stdio)]
    public async Task KeyMissingAScope_IsRefusedAsAForbiddenToolError(string transport)
    {
        var tenant = McpTestServer.NewTenant();
        await using var mcp = await OpenAsync(server, transport, await server.KeyAsync(tenant, "events:read"));

        var refused = Error(await mcp.CallAsync("jobforge.events.ingest", new()
        {
            ["tenant_id"] = tenant, ["event_type"] = "mcp.test", ["source_app"] = "settler", ["payload"] = Json("{}"),
        }));
        var listed = Structured(await mcp.CallAsync("jobforge.events.list", new()));

        Assert.Equal("forbidden", refused.GetProperty("type").GetString());
        Assert.Equal(403, refused.GetProperty("status").GetInt32());
        Assert.Contains("events:write", refused.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(listed.GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData(Http)]
    [InlineData(Stdio)]
    public async Task ActionJob_NeedsItsPolicyToken_ThroughMcpAsOverHttp(string transport)
    {
        const string apply = "autopilot.ops.apply";
        var tenant = McpTestServer.NewTenant();
        await server.EnableAsync(tenant, apply);
        using var issuer = JobForgeClient.Create(server.ClientOptions(await server.KeyAsync(tenant, "policy:issue")));
        var token = (await issuer.PolicyTokens.MintAsync(tenant, "alice", apply, ["ops:write"])).Token;
        await using var mcp = await OpenAsync(server, transport, await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:write"));
        var request = new Dictionary<string, object?>
        {
            ["tenant_id"] = tenant, ["template_key"] = apply, ["actor_id"] = "alice", ["inputs"] = Json("""{"changeset_id":"cs-1"}"""),
        };

        var denied = Error(await mcp.CallAsync("jobforge.jobs.request", request));
        var accepted = Structured(await mcp.CallAsync("jobforge.jobs.request", new(request) { ["policy_token"] = token }));

        Assert.Equal("policy_denied", denied.GetProperty("type").GetString());
        Assert.Equal("token_missing", denied.GetProperty("details").GetProperty("reason").GetString());
        Assert.StartsWith("run_", accepted.GetProperty("run_id").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jobforge.jobs.status", "{}", "run_id", "required")]
    [InlineData("jobforge.jobs.status", """{"run_id":"r","colour":"red"}""", "colour", "unknown_field")]
    [InlineData("jobforge.jobs.watch", """{"run_id":"r","timeout_seconds":0}""", "timeout_seconds", "out_of_range")]
    [InlineData("jobforge.jobs.request", """{"tenant_id":"t","template_key":"k","inputs":[1]}""", "inputs", "wrong_type")]
    public async Task BadArguments_AreAValidationFailedToolError_NamingTheArgument(string tool, string arguments, string path, string code)
    {
        await using var mcp = await OpenAsync(server, Stdio, await server.KeyAsync(McpTestServer.NewTenant(), "jobs:read", "jobs:write"));

        var error = Error(await mcp.CallAsync(tool, Json(arguments).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value)));

        Assert.Equal("validation_failed", error.GetProperty("type").GetString());
        Assert.Equal(path, error.GetProperty("details")[0].GetProperty("path").GetString());
        Assert.Equal(code, error.GetProperty("details")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Watch_OfARunThatOutlastsTheTimeout_ReturnsItsLatestStateUnfinished()
    {
        var tenant = McpTestServer.NewTenant();
        var template = await server.RegisterApprovalAsync(tenant);
        await using var mcp = await OpenAsync(server, Http, await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
        var runId = Structured(await mcp.CallAsync("jobforge.jobs.request", new() { ["tenant_id"] = tenant, ["template_key"] = template }))
            .GetProperty("run_id").GetString()!;

        var watched = Structured(await mcp.CallAsync("jobforge.jobs.watch", new() { ["run_id"] = runId, ["timeout_seconds"] = 1 }));

        Assert.False(watched.GetProperty("finished").GetBoolean());
        Assert.Equal(runId, watched.GetProperty("run").GetProperty("run_id").GetString());
        Assert.DoesNotContain(watched.GetProperty("run").GetProperty("status").GetString(), new[] { "succeeded", "failed", "cancelled" });
    }
}
