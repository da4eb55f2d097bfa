using System.Net;
using System.Text;
using System.Text.Json;
using JobForge.TestKit.Security;
using ModelContextProtocol.Protocol;
using static JobForge.Mcp.Tests.McpConnection;

namespace JobForge.Mcp.Tests.Security;

/// <summary>
/// The leak scan over MCP: authentication failures with canary credentials (a forged key, a malformed bearer value) at
/// <c>/api/mcp</c> and over stdio, then every tool over both transports with a key that may not read personal data: an
/// event whose <c>encrypt_fields</c> and <c>redact_fields</c> hold canary personal data, one refused for an unknown field,
/// a run whose step outputs a <c>${{ secrets.* }}</c> value, its status, watch, artifacts and manifest, and tools called
/// with wrong arguments holding a canary. No tool result, tool error, HTTP answer or server log line holds a canary.
/// </summary>
public sealed class McpLeakScanTests(LeakScanMcpTestServer server) : IClassFixture<LeakScanMcpTestServer>
{
    private const string Initialize = """
        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}
        """;

    private static readonly string s_fakeApiKeySecret = "McpLeakCanaryFakeApiKeySecret".PadRight(43, '2');
    private static readonly string s_malformedKey = "mcp-leak-canary-malformed-bearer-4d5e6f7a";
    private static readonly string s_email = "mcp.leak.canary.7373@example.test";
    private static readonly string s_phone = "+1-555-0123-9191";

    private readonly List<CapturedText> _seen = [];

    [Theory]
    [InlineData(Http)]
    [InlineData(Stdio)]
    public async Task EveryTool_AndAuthenticationFailures_ShowNoCanary(string transport)
    {
        var tenant = LeakScanMcpTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, """
            "input_schema":{"type":"object"},"output_schema":{"type":"object"},
            "steps":[{"id":"leak","uses":"transform","with":{"output":{"token":"${{ secrets.MCP_LEAK_TOKEN }}","note":"key ${{ secrets.MCP_LEAK_TOKEN }}"}}}]
            """);
        var key = await server.KeyAsync(tenant, "events:write", "events:read", "jobs:write", "jobs:read", "ops:read");

        await RefusedAsync(transport, "jf_0123456789abcdef_" + s_fakeApiKeySecret);
        await RefusedAsync(transport, s_malformedKey);

        await using (var mcp = await OpenAsync(server, transport, key))
        {
            var personal = JsonSerializer.Serialize(new { customer = new { email = s_email }, phone = s_phone });
            await CallAsync(mcp, "jobforge.events.ingest", new()
            {
                ["tenant_id"] = tenant, ["event_type"] = "mcp.leak", ["source_app"] = "settler", ["payload"] = Json(personal), ["contains_pii"] = true,
                ["redaction_hints"] = Json("""{"encrypt_fields":["customer"],"redact_fields":["phone"]}"""),
            });
            var refused = await CallAsync(mcp, "jobforge.events.ingest", new()
            {
                ["tenant_id"] = tenant, ["event_type"] = "mcp.leak", ["source_app"] = "settler", ["payload"] = Json(personal), ["unknown_field"] = s_phone,
            });
            Assert.True(refused.IsError);
            var events = Structured(await CallAsync(mcp, "jobforge.events.list", new() { ["event_type"] = "mcp.leak", ["limit"] = 10 }));
            Assert.NotEmpty(events.GetProperty("events").EnumerateArray());

            var runId = Structured(await CallAsync(mcp, "jobforge.jobs.request", new() { ["tenant_id"] = tenant, ["template_key"] = template }))
                .GetProperty("run_id").GetString()!;
            var watched = Structured(await CallAsync(mcp, "jobforge.jobs.watch", new() { ["run_id"] = runId, ["timeout_seconds"] = 60 }));
            Assert.Equal("succeeded", watched.GetProperty("run").GetProperty("status").GetString());
            var status = Structured(await CallAsync(mcp, "jobforge.jobs.status", new() { ["run_id"] = runId, ["include_outputs"] = true }));
            Assert.Equal("[REDACTED]", status.GetProperty("steps")[0].GetProperty("outputs").GetProperty("token").GetString());
            await CallAsync(mcp, "jobforge.runs.artifacts", new() { ["run_id"] = runId });
            await CallAsync(mcp, "jobforge.artifacts.manifest.get", new() { ["run_id"] = runId });

            // Wrong arguments holding a canary: the error names the argument, never its value.
            Assert.True((await CallAsync(mcp, "jobforge.jobs.status", new() { ["run_id"] = runId, ["include_outputs"] = LeakScanMcpTestServer.StepSecret })).IsError);
            Assert.True((await CallAsync(mcp, "jobforge.events.list", new() { ["limit"] = s_email })).IsError);
        }

        var leaks = Canaries().SelectMany(canary => canary.LeaksIn(_seen.Concat(server.Logs.Lines))).Distinct().ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join("\n", leaks.Take(60)));
    }

    private static IEnumerable<Canary> Canaries()
    {
        yield return new Canary("the bootstrap key", McpTestServer.BootstrapKey);
        yield return new Canary("a ${{ secrets.* }} value", LeakScanMcpTestServer.StepSecret);
        yield return new Canary("the policy token secret", LeakScanMcpTestServer.PolicySecret);
        yield return new Canary("the field-encryption key", LeakScanMcpTestServer.EncryptionKey);
        yield return new Canary("a forged API key's secret", s_fakeApiKeySecret);
        yield return new Canary("a malformed bearer value", s_malformedKey);
        yield return new Canary("an encrypt_fields email", s_email);
        yield return new Canary("a redact_fields phone number", s_phone);
    }

    /// <summary>A key the server refuses: over HTTP a 401 at <c>/api/mcp</c>, over stdio every tool call's error.</summary>
    private async Task RefusedAsync(string transport, string badKey)
    {
        if (transport == Http)
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, server.McpEndpoint) { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Accept.ParseAdd("text/event-stream");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + badKey);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            _seen.Add(new CapturedText("HTTP answer to a refused key", await response.Content.ReadAsStringAsync() + " " + response.Headers));
            return;
        }

        await using var mcp = await OpenAsync(server, transport, badKey);
        var result = await CallAsync(mcp, "jobforge.jobs.status", new() { ["run_id"] = "run_0123456789abcdef0123456789abcdef" });
        Assert.Equal("unauthorized", Error(result).GetProperty("type").GetString());
    }

    private async Task<CallToolResult> CallAsync(McpConnection mcp, string tool, Dictionary<string, object?> arguments)
    {
        var result = await mcp.CallAsync(tool, arguments);
        _seen.Add(new CapturedText($"result of {tool}", Text(result) + " " + result.StructuredContent?.GetRawText()));
        return result;
    }
}
