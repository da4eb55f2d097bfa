using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Jobs;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Runs;

/// <summary>
/// The whole server with the run engine on (short lease and scan intervals), the HTTP step allowed to reach the test
/// <see cref="HttpSink"/> on loopback, and helpers to register a template, request it and wait for the run's end.
/// </summary>
public sealed class EngineTestServer : JobsTestServer
{
    private static readonly string[] s_terminal = ["succeeded", "failed", "rolled_back", "rollback_failed", "canceled"];

    public EngineTestServer()
        : base(new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
            ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
            ["JobForge:Steps:Http:SigningSecret"] = "engine-tests-signing-secret",
            ["JobForge:Secrets:SINK_TOKEN"] = "sink-token-value-never-shown",
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
        })
    {
    }

    /// <summary>Registers <paramref name="templateJson"/> (an all-tenant operator) and enables it for <paramref name="tenant"/>.</summary>
    public async Task RegisterAsync(string tenant, string key, string templateJson)
    {
        using (var put = await SendAsync(HttpMethod.Put, EventsTestServer.BootstrapKey, $"/api/v1/templates/{key}", templateJson))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        await EnableAsync(tenant, key);
    }

    /// <summary>Requests <paramref name="key"/> with <paramref name="inputs"/>; returns the run id.</summary>
    public async Task<string> RequestAsync(string apiKey, string tenant, string key, string inputs = "{}")
    {
        using var response = await PostJobAsync(apiKey, $$$$"""{"tenant_id":"{{{{tenant}}}}","template_key":"{{{{key}}}}","inputs":{{{{inputs}}}}}""");
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("run_id").GetString()!;
    }

    /// <summary>The run as <c>GET /api/v1/jobs/{id}</c> shows it.</summary>
    public async Task<JsonElement> GetRunAsync(string apiKey, string runId)
    {
        using var response = await SendAsync(HttpMethod.Get, apiKey, "/api/v1/jobs/" + runId, null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    /// <summary>Waits (bounded) until the run's status is one of <paramref name="statuses"/> (default: any terminal one).</summary>
    public async Task<JsonElement> WaitForAsync(string apiKey, string runId, params string[] statuses)
    {
        var wanted = statuses.Length == 0 ? s_terminal : statuses;
        JsonElement last = default;
        await Eventually.TrueAsync(async () =>
        {
            last = await GetRunAsync(apiKey, runId);
            return wanted.Contains(last.GetProperty("status").GetString());
        }, TimeSpan.FromSeconds(20), $"run {runId} to reach {string.Join("/", wanted)}");
        return last;
    }

    /// <summary>A template of transform steps <c>a → b → c</c> that chain their outputs.</summary>
    public static string ThreeTransforms(string key) => $$$$"""
        {"template_key":"{{{{key}}}}","name":"Three transforms","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},
         "output_schema":{"type":"object","required":["total"],"properties":{"total":{"type":"integer"}}},
         "required_scopes":["ops:read"],
         "steps":[
          {"id":"a","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}},
          {"id":"b","uses":"transform","depends_on":["a"],"with":{"output":{"value":"${{ steps.a.outputs.value }}","run":"${{ run.id }}"}}},
          {"id":"c","uses":"transform","depends_on":["b"],"with":{"output":{"total":"${{ steps.b.outputs.value }}"}}}]}
        """;
}
