using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Chaos;

/// <summary>
/// A seeded storage outage (the short version of <c>scripts/chaos --outage</c>): the server's own Azurite is stopped for a
/// few seconds while a run's HTTP step is in flight. While it is down every API call answers 503
/// <c>dependency_unavailable</c> with <c>Retry-After</c> in the envelope, promptly, and <c>/api/health</c> is 503; once it
/// is back on the same data the server is healthy again, the event acknowledged before the outage is still there, and
/// the run finishes with its step effects once per idempotency key.
/// </summary>
public sealed class StorageOutageTests
{
    private const string BootstrapKey = "chaos-bootstrap-key-0123456789abcdef0123";
    private const string Tenant = "chaos-tenant";
    private static readonly TimeSpan Answered = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ApiDuringStorageOutage_AnswersDependencyUnavailableAndRecoversWithoutLosingWork()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        await using var sink = await HttpSink.StartAsync();
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            ["JobForge:Auth:BootstrapKey"] = BootstrapKey,
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Steps:Http:AllowedHosts:0"] = "127.0.0.1",
            ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
            ["JobForge:Steps:Http:SigningSecret"] = "chaos-tests-signing-secret",
        });
        var template = $$$"""
            {"template_key":"chaos.outage","name":"Outage","category":"ops","version":"1.0.0",
             "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
             "steps":[
              {"id":"s1","uses":"http","with":{"method":"GET","url":"{{{sink.BaseUrl}}}/slow/s1"}},
              {"id":"s2","uses":"http","depends_on":["s1"],"with":{"method":"GET","url":"{{{sink.BaseUrl}}}/ok/s2"}}]}
            """;
        await ExpectAsync(server, HttpMethod.Put, BootstrapKey, "/api/v1/templates/chaos.outage", template, HttpStatusCode.Created, HttpStatusCode.OK);
        var admin = await CreateKeyAsync(server, "templates:admin");
        await ExpectAsync(server, HttpMethod.Post, admin, "/api/v1/templates/chaos.outage/enable", null, HttpStatusCode.OK);
        var key = await CreateKeyAsync(server, "events:write", "events:read", "jobs:write", "jobs:read", "ops:read", "triggers:admin");
        using (var accepted = await ExpectAsync(server, HttpMethod.Post, key, "/api/v1/events", Event("evt-before"), HttpStatusCode.Accepted))
        {
        }

        string runId;
        using (var queued = await ExpectAsync(server, HttpMethod.Post, key, "/api/v1/jobs",
            $$$"""{"tenant_id":"{{{Tenant}}}","template_key":"chaos.outage","inputs":{}}""", HttpStatusCode.Accepted))
        {
            runId = (await JsonAsync(queued)).GetProperty("run_id").GetString()!;
        }

        await Eventually.TrueAsync(() => Task.FromResult(sink.CallsTo("/slow/s1").Count > 0), TimeSpan.FromSeconds(20), "the first step in flight");

        await azurite.StopAsync();
        var calls = new (HttpMethod Method, string? Key, string Path, string? Body)[]
        {
            (HttpMethod.Post, key, "/api/v1/events", Event("evt-during")),
            (HttpMethod.Post, key, "/api/v1/jobs", $$$"""{"tenant_id":"{{{Tenant}}}","template_key":"chaos.outage","inputs":{}}"""),
            (HttpMethod.Get, key, "/api/v1/jobs/" + runId, null),
            (HttpMethod.Get, key, "/api/v1/jobs?tenant_id=" + Tenant, null),
            (HttpMethod.Get, key, "/api/v1/events?tenant_id=" + Tenant, null),
            (HttpMethod.Get, key, "/api/v1/triggers?tenant_id=" + Tenant, null),
            (HttpMethod.Get, BootstrapKey, "/api/v1/api-keys", null),
            (HttpMethod.Get, BootstrapKey, "/api/v1/templates?tenant_id=" + Tenant, null),
        };
        await Task.WhenAll(calls.Select(async call =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await SendAsync(server, call.Method, call.Key, call.Path, call.Body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{call.Method} {call.Path}: {(int)response.StatusCode} {text}");
            Assert.True(clock.Elapsed < Answered, $"{call.Method} {call.Path} took {clock.Elapsed.TotalSeconds:F1} s");
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{call.Method} {call.Path} has no Retry-After");
            using var body = JsonDocument.Parse(text);
            Assert.Equal("dependency_unavailable", body.RootElement.GetProperty("error").GetProperty("type").GetString());
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }));

        using (var health = await server.Client.GetAsync("/api/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        sink.Release(); // the step answers while storage is down: its outcome cannot be saved yet
        await azurite.StartAgainAsync();

        await Eventually.TrueAsync(async () =>
        {
            using var health = await server.Client.GetAsync("/api/health");
            return health.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), "health back to 200");
        using (var listed = await ExpectAsync(server, HttpMethod.Get, key, "/api/v1/events?tenant_id=" + Tenant, null, HttpStatusCode.OK))
        {
            var ids = (await JsonAsync(listed)).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()).ToList();
            Assert.Equal(1, ids.Count(id => id == "evt-before"));
        }

        await Eventually.TrueAsync(async () =>
        {
            using var run = await SendAsync(server, HttpMethod.Get, key, "/api/v1/jobs/" + runId, null);
            return run.IsSuccessStatusCode && (await JsonAsync(run)).GetProperty("status").GetString() == "succeeded";
        }, TimeSpan.FromSeconds(60), "the run in flight at the outage to succeed");
        Assert.Single(sink.CallsTo("/ok/s2").Select(call => call.IdempotencyKey).Distinct());
    }

    private static string Event(string id) =>
        $$$"""{"event_id":"{{{id}}}","tenant_id":"{{{Tenant}}}","event_type":"chaos.tick","source_app":"external","source_module":"ops","payload":{}}""";

    private static async Task<string> CreateKeyAsync(RunningServer server, params string[] scopes)
    {
        using var response = await ExpectAsync(server, HttpMethod.Post, BootstrapKey, "/api/v1/api-keys",
            JsonSerializer.Serialize(new { name = "chaos", tenant_id = Tenant, scopes }), HttpStatusCode.Created);
        return (await JsonAsync(response)).GetProperty("api_key").GetString()!;
    }

    private static async Task<HttpResponseMessage> ExpectAsync(
        RunningServer server, HttpMethod method, string key, string path, string? json, params HttpStatusCode[] expected)
    {
        var response = await SendAsync(server, method, key, path, json);
        if (!expected.Contains(response.StatusCode))
        {
            var text = await response.Content.ReadAsStringAsync();
            response.Dispose();
            Assert.Fail($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return response;
    }

    private static async Task<HttpResponseMessage> SendAsync(RunningServer server, HttpMethod method, string? key, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
