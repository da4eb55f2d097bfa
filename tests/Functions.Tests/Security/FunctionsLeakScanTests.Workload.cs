using System.Text.Json;
using JobForge.Functions.Tests.Http;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Security;
using Microsoft.AspNetCore.Http;

namespace JobForge.Functions.Tests.Security;

public sealed partial class FunctionsLeakScanTests
{
    private static readonly string[] s_terminal = ["succeeded", "failed", "rolled_back", "rollback_failed", "canceled"];

    private sealed record Workload(string EchoRun, IReadOnlyList<string> PolicyTokens, IReadOnlyList<(string Name, string Secret)> ApiKeySecrets);

    private async Task<Workload> RunWorkloadAsync(FunctionsApiHost api, HttpSink sink)
    {
        var keys = new List<(string, string)>();
        async Task<string> KeyAsync(string name, params string[] scopes)
        {
            var created = await OkJsonAsync(api, HttpMethod.Post, s_planted.BootstrapKey, "/api/v1/api-keys", JsonSerializer.Serialize(new { name, tenant_id = Tenant, scopes }));
            var key = created.GetProperty("api_key").GetString()!;
            keys.Add((name, key[("jf_".Length + 17)..])); // jf_<16 hex id>_<43-character secret>
            return key;
        }

        var writer = await KeyAsync("writer", "events:write");
        var reader = await KeyAsync("reader", "events:read");
        var requester = await KeyAsync("requester", "jobs:write", "jobs:read", "ops:read", "ops:write");
        var issuer = await KeyAsync("issuer", "policy:issue");
        var admin = await KeyAsync("template admin", "templates:admin");

        // Credentials that must not work, in the header and in the query string.
        Assert.Equal(401, await StatusAsync(api, HttpMethod.Get, s_planted.FakeApiKey, "/api/v1/me", null));
        Assert.Equal(401, await StatusAsync(api, HttpMethod.Get, null, "/api/v1/me?access_token=jf_0123456789abcdef_" + s_planted.FakeApiKeySecret + "&api_key=" + s_planted.MalformedKey, null));
        Assert.Equal(401, await StatusAsync(api, HttpMethod.Get, s_planted.MalformedKey, "/api/v1/me", null));

        // Personal data: encrypted and redacted fields, once accepted, once in a request refused for an unknown field.
        var personal = $$"""{"customer":{"email":"{{s_planted.Email}}"},"phone":"{{s_planted.Phone}}"}""";
        const string Hints = ""","contains_pii":true,"redaction_hints":{"encrypt_fields":["customer"],"redact_fields":["phone"]}""";
        Assert.Equal(202, await StatusAsync(api, HttpMethod.Post, writer, "/api/v1/events", EventBody("fleak-e1", personal, Hints)));
        Assert.Equal(400, await StatusAsync(api, HttpMethod.Post, writer, "/api/v1/events", EventBody("fleak-e2", personal, Hints + $$""","unknown_field":"{{s_planted.Phone}}" """)));
        await OkJsonAsync(api, HttpMethod.Get, reader, "/api/v1/events?tenant_id=" + Tenant, null);

        // Contracts whose HTTP steps carry a secret: to a sink that echoes it, to one that fails quoting it; an action job.
        await OkJsonAsync(api, HttpMethod.Put, s_planted.BootstrapKey, "/api/v1/templates/fleak.echo", Template("fleak.echo", false, "ops:read", $$$$"""
            [{"id":"call","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/echo","headers":{"Authorization":"Bearer ${{ secrets.FLEAK_STEP_TOKEN }}"}}},
             {"id":"after","uses":"transform","depends_on":["call"],"with":{"output":{"echoed":"${{ steps.call.outputs.body }}"}}}]
            """));
        await OkJsonAsync(api, HttpMethod.Put, s_planted.BootstrapKey, "/api/v1/templates/fleak.fail", Template("fleak.fail", false, "ops:read", $$$$"""
            [{"id":"boom","uses":"http","retry":{"max_attempts":2,"first_interval":"100ms","backoff":1,"max_interval":"100ms"},
              "with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/fail","headers":{"X-Api-Token":"${{ secrets.FLEAK_STEP_TOKEN }}"}}}]
            """));
        await OkJsonAsync(api, HttpMethod.Put, s_planted.BootstrapKey, "/api/v1/templates/fleak.action", Template("fleak.action", true, "ops:write", $$$$"""
            [{"id":"apply","uses":"http","with":{"method":"POST","url":"{{{{sink.BaseUrl}}}}/ok","body":{"token":"${{ secrets.FLEAK_STEP_TOKEN }}"}}}]
            """));
        foreach (var key in new[] { "fleak.echo", "fleak.fail", "fleak.action" })
        {
            await OkJsonAsync(api, HttpMethod.Post, admin, $"/api/v1/templates/{key}/enable", null);
        }

        var echoRun = await RequestAsync(api, requester, JobBody("fleak.echo"), null);
        var failRun = await RequestAsync(api, requester, JobBody("fleak.fail"), null);
        var token = (await OkJsonAsync(api, HttpMethod.Post, issuer, "/api/v1/policy-tokens",
            JsonSerializer.Serialize(new { tenant_id = Tenant, actor_id = "alice", action = "fleak.action", scopes = new[] { "ops:write" } }))).GetProperty("token").GetString()!;
        var tokenHeader = new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = token };
        var actionRun = await RequestAsync(api, requester, JobBody("fleak.action", $$"""{"approval_token":"{{token}}"}""", ""","actor_id":"alice" """), tokenHeader);
        var forged = token[..token.IndexOf('.', StringComparison.Ordinal)] + "." + s_planted.ForgedSignature;
        Assert.Equal(403, await StatusAsync(api, HttpMethod.Post, requester, "/api/v1/jobs", JobBody("fleak.action", "{}", ""","actor_id":"alice" """),
            new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = forged }));

        Assert.Equal("succeeded", await WaitForAsync(api, requester, echoRun));
        Assert.Equal("failed", await WaitForAsync(api, requester, failRun));
        Assert.Equal("succeeded", await WaitForAsync(api, requester, actionRun));
        foreach (var path in new[] { "artifacts", "manifest", "replay" })
        {
            await OkJsonAsync(api, HttpMethod.Get, requester, $"/api/v1/runs/{echoRun}/{path}", null);
        }

        return new Workload(echoRun, [token], keys);
    }

    private async Task<string> RequestAsync(FunctionsApiHost api, string key, string body, IReadOnlyDictionary<string, string>? headers) =>
        (await OkJsonAsync(api, HttpMethod.Post, key, "/api/v1/jobs", body, headers)).GetProperty("run_id").GetString()!;

    private async Task<string> WaitForAsync(FunctionsApiHost api, string key, string runId)
    {
        var status = string.Empty;
        await Eventually.TrueAsync(async () =>
        {
            status = (await OkJsonAsync(api, HttpMethod.Get, key, "/api/v1/jobs/" + runId, null)).GetProperty("status").GetString()!;
            return s_terminal.Contains(status);
        }, TimeSpan.FromSeconds(60), $"run {runId} to finish");
        return status;
    }

    private async Task<ApiResponse> SendAsync(FunctionsApiHost api, HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = await api.SendAsync(method, key, path, json, headers);
        if (response.Status >= 400)
        {
            lock (_errorResponses)
            {
                _errorResponses.Add(new CapturedText($"response {response.Status} to {method} {path}",
                    response.Body + " " + string.Join(" ", response.Headers.Select(h => h.Key + "=" + h.Value))));
            }
        }

        return response;
    }

    private async Task<JsonElement> OkJsonAsync(FunctionsApiHost api, HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = await SendAsync(api, method, key, path, json, headers);
        Assert.True(response.Status is >= 200 and < 300, $"{method} {path}: {response.Status} {response.Body}");
        using var document = JsonDocument.Parse(response.Body.Length == 0 ? "{}" : response.Body);
        return document.RootElement.Clone();
    }

    private async Task<int> StatusAsync(FunctionsApiHost api, HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null) =>
        (await SendAsync(api, method, key, path, json, headers)).Status;

    private static string EventBody(string eventId, string payload, string extra) =>
        $$"""{"tenant_id":"{{Tenant}}","event_type":"customer.updated","source_app":"settler","event_id":"{{eventId}}","payload":{{payload}}{{extra}}}""";

    private static string JobBody(string template, string inputs = "{}", string extra = "") =>
        $$"""{"tenant_id":"{{Tenant}}","template_key":"{{template}}","inputs":{{inputs}}{{extra}}}""";

    private static string Template(string key, bool action, string scope, string steps) => $$"""
        {"template_key":"{{key}}","name":"Functions leak scan","category":"ops","version":"1.0.0","is_action_job":{{(action ? "true" : "false")}},
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["{{scope}}"],"steps":{{steps}}}
        """;
}
