using System.Net;
using System.Text.Json;
using JobForge.Domain.Templates;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Templates;

/// <summary>A newcomer's first run: a built-in template enabled and run to success against the development module host.</summary>
public sealed class BuiltInTemplateRunTests(DevModulesRunServer server) : IClassFixture<DevModulesRunServer>
{
    private static readonly string[] s_terminal = ["succeeded", "failed", "rolled_back", "rollback_failed", "canceled"];

    [Fact]
    public async Task ScanTemplate_EnabledAndRequested_SucceedsWithTheModulesSchemaValidOutput()
    {
        var tenant = Jobs.JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        var runId = await RequestAsync(key, Jobs.JobsTestServer.Scan(tenant), headers: null);
        var run = await WaitForEndAsync(key, runId);

        Assert.True(run.GetProperty("status").GetString() == "succeeded", run.GetRawText());
        var outputs = await StepOutputsAsync(key, runId);
        Assert.True(JsonSchemaValidator.Validate(BuiltInTemplates.Find("autopilot.ops.scan")!.OutputSchema, outputs).IsValid, outputs.GetRawText());
        Assert.Contains("vm-1", outputs.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyActionTemplate_WithAPolicyToken_Succeeds()
    {
        var tenant = Jobs.JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.apply");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:write");
        var token = await server.IssueTokenAsync(tenant, "autopilot.ops.apply", "alice", ["ops:write"]);

        var runId = await RequestAsync(key,
            $$$"""{"tenant_id":"{{{tenant}}}","template_key":"autopilot.ops.apply","actor_id":"alice","inputs":{"changeset_id":"cs-1","dry_run":true}}""",
            new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = token });
        var run = await WaitForEndAsync(key, runId);

        Assert.True(run.GetProperty("status").GetString() == "succeeded", run.GetRawText());
        Assert.False((await StepOutputsAsync(key, runId)).GetProperty("applied").GetBoolean());
    }

    private async Task<string> RequestAsync(string key, string body, Dictionary<string, string>? headers)
    {
        using var response = await server.PostJobAsync(key, body, headers);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await Jobs.JobsTestServer.JsonAsync(response)).GetProperty("run_id").GetString()!;
    }

    private async Task<JsonElement> WaitForEndAsync(string key, string runId)
    {
        JsonElement run = default;
        await Eventually.TrueAsync(async () =>
        {
            using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs/" + runId, null);
            run = await Jobs.JobsTestServer.JsonAsync(response);
            return s_terminal.Contains(run.GetProperty("status").GetString());
        }, TimeSpan.FromSeconds(30), $"run {runId} to end");
        return run;
    }

    private async Task<JsonElement> StepOutputsAsync(string key, string runId)
    {
        JsonElement outputs = default;
        await Eventually.TrueAsync(async () =>
        {
            // Evidence is completed right after the final state is saved.
            using var response = await server.SendAsync(HttpMethod.Get, key, $"/api/v1/runs/{runId}/artifacts/step-call-module.outputs.json", null);
            outputs = response.IsSuccessStatusCode ? await Jobs.JobsTestServer.JsonAsync(response) : default;
            return response.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(10), $"the outputs of run {runId}");
        return outputs;
    }
}
