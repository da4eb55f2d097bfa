using System.Text.Json;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Jobs;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Admission;

/// <summary>
/// The whole server with a small engine (two workers, one run per tenant at a time), the HTTP step allowed to reach the
/// test sink, and admission control on with a per-tenant bound of one waiting run. A run whose step calls the sink's
/// <c>/slow</c> path holds its worker until the sink is released, so a test builds a backlog exactly, without timing.
/// </summary>
public class AdmissionTestServer : JobsTestServer
{
    public AdmissionTestServer()
        : this(admission: true)
    {
    }

    protected AdmissionTestServer(bool admission)
        : base(new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:MaxConcurrency"] = "2",
            ["JobForge:Engine:MaxConcurrencyPerTenant"] = "1",
            ["JobForge:Engine:LeaseDuration"] = "00:00:30",
            ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
            ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
            ["JobForge:Steps:Http:SigningSecret"] = "admission-tests-signing-secret",
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
            ["JOBFORGE_ADMISSION_CONTROL_ENABLED"] = admission ? "1" : "0",
            ["JobForge:Admission:MaxQueuedRuns"] = "100",
            ["JobForge:Admission:MaxQueuedRunsPerTenant"] = "1",
            ["JobForge:Admission:MaxQueueWait"] = "00:05:00", // the count decides here, not the machine's speed
            ["JobForge:Admission:MaxWriteWait"] = "00:01:00",
            ["JobForge:Admission:MaxStorageLatency"] = "00:05:00", // nor a busy machine's storage latency
        })
    {
    }

    /// <summary>Registers a one-step template calling <c>{sinkBaseUrl}/slow/hold</c> and enables it for <paramref name="tenants"/>.</summary>
    public async Task<string> RegisterSlowTemplateAsync(string sinkBaseUrl, params string[] tenants)
    {
        var key = "admission." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);
        var template = $$$$"""
            {"template_key":"{{{{key}}}}","name":"Admission test","category":"ops","version":"1.0.0","is_action_job":false,
             "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
             "steps":[{"id":"hold","uses":"http","timeout":"120s","with":{"method":"GET","url":"{{{{sinkBaseUrl}}}}/slow/hold"}}]}
            """;
        using (var put = await SendAsync(HttpMethod.Put, EventsTestServer.BootstrapKey, $"/api/v1/templates/{key}", template))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        foreach (var tenant in tenants)
        {
            await EnableAsync(tenant, key);
        }

        return key;
    }

    /// <summary>Posts a job request for <paramref name="templateKey"/>.</summary>
    public Task<HttpResponseMessage> RequestAsync(string apiKey, string tenant, string templateKey, string? idempotencyKey = null, bool dryRun = false) =>
        PostJobAsync(apiKey, $$"""{"tenant_id":"{{tenant}}","template_key":"{{templateKey}}","inputs":{},"dry_run":{{(dryRun ? "true" : "false")}}}""",
            idempotencyKey is null ? null : new Dictionary<string, string> { ["Idempotency-Key"] = idempotencyKey });

    /// <summary>The run's status as <c>GET /api/v1/jobs/{id}</c> shows it.</summary>
    public async Task<string> StatusAsync(string apiKey, string runId)
    {
        using var response = await SendAsync(HttpMethod.Get, apiKey, "/api/v1/jobs/" + runId, null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("status").GetString()!;
    }

    public static async Task<string> RunIdAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("run_id").GetString()!;

    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("error");
}
