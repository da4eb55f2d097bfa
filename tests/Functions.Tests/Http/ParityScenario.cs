using System.Text.Json;
using JobForge.TestKit;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// The representative requests, in order, as one client would send them to one host: keys, health, ingest, duplicate
/// ingest, list with a cursor, template enable, job request, dry run, approve, manifest, a validation error, 401, 403,
/// 404 and the OpenAPI document. Each step's response is kept under its name for comparison across hosts.
/// </summary>
public static class ParityScenario
{
    /// <summary>Runs every step on <paramref name="host"/>.</summary>
    public static async Task<IReadOnlyList<(string Step, ApiResponse Response)>> RunAsync(IApiHost host)
    {
        var steps = new List<(string, ApiResponse)>();
        var tenant = UniqueNames.Next("tenant");

        async Task<ApiResponse> Step(string name, HttpMethod method, string? key, string path, string? json = null)
        {
            var response = await host.SendAsync(method, key, path, json);
            steps.Add((name, response));
            return response;
        }

        async Task<string> Key(string name, params string[] scopes)
        {
            var created = await Step("create key " + name, HttpMethod.Post, ParitySettings.BootstrapKey, "/api/v1/api-keys",
                JsonSerializer.Serialize(new { name, tenant_id = tenant, scopes }));
            Assert.True(created.Status == 201, created.Body);
            return Value(created, "api_key");
        }

        var events = await Key("events", "events:write", "events:read");
        var jobs = await Key("jobs", "jobs:write", "jobs:read", "jobs:approve", "ops:read");
        var admin = await Key("templates", "templates:admin");

        await Step("health", HttpMethod.Get, null, "/api/health");
        var first = Event(tenant, "evt-1");
        await Step("ingest", HttpMethod.Post, events, "/api/v1/events", first);
        await Step("duplicate ingest", HttpMethod.Post, events, "/api/v1/events", first);
        await Step("ingest second", HttpMethod.Post, events, "/api/v1/events", Event(tenant, "evt-2"));
        await Step("ingest third", HttpMethod.Post, events, "/api/v1/events", Event(tenant, "evt-3"));
        var page = await Step("list first page", HttpMethod.Get, events, "/api/v1/events?limit=2");
        await Step("list with cursor", HttpMethod.Get, events, "/api/v1/events?limit=2&cursor=" + Uri.EscapeDataString(Value(page, "next_cursor")));

        await Step("enable template", HttpMethod.Post, admin, "/api/v1/templates/autopilot.ops.scan/enable");
        var requested = await Step("job request", HttpMethod.Post, jobs, "/api/v1/jobs", Scan(tenant, ""","idempotency_key":"parity-1" """));
        var runId = Value(requested, "run_id");
        await Step("job request replayed", HttpMethod.Post, jobs, "/api/v1/jobs", Scan(tenant, ""","idempotency_key":"parity-1" """));
        await Step("dry run", HttpMethod.Post, jobs, "/api/v1/jobs", Scan(tenant, ""","dry_run":true""" ));
        await Step("get run", HttpMethod.Get, jobs, $"/api/v1/jobs/{runId}");
        await Step("approve", HttpMethod.Post, jobs, $"/api/v1/jobs/{runId}/approve", """{"comment":"ok"}""");
        await Step("manifest", HttpMethod.Get, jobs, $"/api/v1/runs/{runId}/manifest");
        await Step("validation error", HttpMethod.Post, jobs, "/api/v1/jobs", $$"""{"tenant_id":"{{tenant}}","inputs":[]}""");
        await Step("malformed json", HttpMethod.Post, jobs, "/api/v1/jobs", "{\"tenant_id\":");
        await Step("401 without a key", HttpMethod.Get, null, "/api/v1/jobs");
        await Step("401 with an unknown key", HttpMethod.Get, "jf_0123456789abcdef_" + new string('A', 43), "/api/v1/jobs");
        await Step("403 without the scope", HttpMethod.Get, events, "/api/v1/jobs");
        await Step("404 unknown run", HttpMethod.Get, jobs, "/api/v1/jobs/run_" + Guid.NewGuid().ToString("N"));
        await Step("openapi document", HttpMethod.Get, events, "/api/v1/openapi/v1.json");
        return steps;
    }

    private static string Value(ApiResponse response, string property)
    {
        using var document = JsonDocument.Parse(response.Body);
        Assert.True(document.RootElement.TryGetProperty(property, out var value), $"no '{property}' in {response.Status} {response.Body}");
        return value.GetString()!;
    }

    private static string Event(string tenant, string eventId) =>
        $$$"""{"event_id":"{{{eventId}}}","tenant_id":"{{{tenant}}}","event_type":"infrastructure.alert","source_app":"settler","source_module":"ops","payload":{"severity":"warning"}}""";

    private static string Scan(string tenant, string extra) =>
        $$"""{"tenant_id":"{{tenant}}","template_key":"autopilot.ops.scan","inputs":{"target":"vm-1"}{{extra}}}""";
}
