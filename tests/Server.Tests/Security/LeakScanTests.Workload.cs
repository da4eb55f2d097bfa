using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Security;
using JobForge.TestKit.ServiceBus;

namespace JobForge.Server.Tests.Security;

public sealed partial class LeakScanTests
{
    private static readonly string[] s_terminal = ["succeeded", "failed", "rolled_back", "rollback_failed", "canceled"];

    private sealed record Workload(string EchoRun, string CommandRun, IReadOnlyList<string> PolicyTokens, IReadOnlyList<(string Name, string Secret)> ApiKeySecrets);

    private async Task<Workload> RunWorkloadAsync(RunningServer server, HttpSink sink, AmqpTestBroker broker)
    {
        var keys = new List<(string, string)>();
        async Task<string> KeyAsync(string name, string tenant, params string[] scopes)
        {
            var created = await OkJsonAsync(server, HttpMethod.Post, s_bootstrapKey, "/api/v1/api-keys",
                JsonSerializer.Serialize(new { name, tenant_id = tenant, scopes }));
            var key = created.GetProperty("api_key").GetString()!;
            keys.Add((name, key[("jf_".Length + 17)..])); // jf_<16 hex id>_<43-character secret>
            return key;
        }

        var writer = await KeyAsync("writer", Tenant, "events:write");
        var reader = await KeyAsync("pii reader", Tenant, "events:read", "events:pii");
        var requester = await KeyAsync("requester", Tenant, "jobs:write", "jobs:read", "ops:read", "ops:write");
        var approver = await KeyAsync("approver", Tenant, "jobs:approve", "jobs:read");
        var issuer = await KeyAsync("issuer", Tenant, "policy:issue");
        var admin = await KeyAsync("template admin", Tenant, "templates:admin");
        var auditor = await KeyAsync("auditor", Tenant, "audit:read");
        var revoked = await KeyAsync("revoked", Tenant, "events:write");

        // Keys that must not work, and must not be written down anywhere.
        var forgedKey = "jf_0123456789abcdef_" + s_fakeApiKeySecret;
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(server, HttpMethod.Get, forgedKey, "/api/v1/me", null));
        var revokedId = revoked.Substring("jf_".Length, 16);
        await OkJsonAsync(server, HttpMethod.Post, s_bootstrapKey, $"/api/v1/api-keys/{revokedId}/revoke", null);
        await StatusAsync(server, HttpMethod.Post, revoked, "/api/v1/events", EventBody("leak-e9", "{}", ""));

        // Credentials where they do not belong: in the query string, and a malformed bearer value.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(server, HttpMethod.Get, null, "/api/v1/me?access_token=" + forgedKey, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(server, HttpMethod.Get, s_malformedKey, "/api/v1/me", null));

        await SendEventsAsync(server, writer, reader);
        await RegisterTemplatesAsync(server, sink, admin);

        // An event trigger of the action template, approved with a policy token, whose inputs copy the encrypted and redacted
        // fields (triggers see the published payload: "[ENCRYPTED]" and "[REDACTED]"; a path into an encrypted field is unresolved).
        var triggerToken = (await OkJsonAsync(server, HttpMethod.Post, issuer, "/api/v1/policy-tokens",
            JsonSerializer.Serialize(new { tenant_id = Tenant, actor_id = "alice", action = "leak.action", scopes = new[] { "ops:write" } }))).GetProperty("token").GetString()!;
        var triggers = await KeyAsync("trigger admin", Tenant, "triggers:admin", "ops:write");
        await OkJsonAsync(server, HttpMethod.Post, triggers, "/api/v1/triggers", $$$"""
            {"id":"leak-trigger","tenant_id":"{{{Tenant}}}","trigger_type":"event","name":"Leak trigger","target_template_key":"leak.action",
             "target_inputs":{"contact":"${{ event.payload.customer }}","phone":"${{ event.payload.phone }}"},"enabled":true,
             "safety":{"cooldown_seconds":0,"allow_action_jobs":true},"event_type_filter":"leak.fire","actor_id":"alice"}
            """, new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = triggerToken });
        var firingEvents = 0;
        async Task<bool> SendFiringEventAsync()
        {
            var personal = $$"""{"customer":{"email":"{{s_email}}"},"phone":"{{s_phone}}"}""";
            var body = EventBody($"leak-fire-{++firingEvents}", personal, ""","redaction_hints":{"encrypt_fields":["customer"],"redact_fields":["phone"]}""");
            return await StatusAsync(server, HttpMethod.Post, writer, "/api/v1/events", body.Replace("customer.updated", "leak.fire", StringComparison.Ordinal)) == HttpStatusCode.Accepted;
        }

        Assert.True(await SendFiringEventAsync());

        // A run whose HTTP step sends a secret to a sink that echoes it back, then waits for another key's approval.
        var echoRun = (await OkJsonAsync(server, HttpMethod.Post, requester, "/api/v1/jobs", JobBody("leak.echo"))).GetProperty("run_id").GetString()!;
        await WaitForAsync(server, requester, echoRun, "awaiting_approval");
        await OkJsonAsync(server, HttpMethod.Post, approver, $"/api/v1/jobs/{echoRun}/approve", """{"comment":"approved by the leak scan"}""");
        Assert.Equal("succeeded", await WaitForAsync(server, requester, echoRun));

        // A step that fails (500 echoing the secret) and is retried.
        var failRun = (await OkJsonAsync(server, HttpMethod.Post, requester, "/api/v1/jobs", JobBody("leak.fail"))).GetProperty("run_id").GetString()!;
        Assert.Equal("failed", await WaitForAsync(server, requester, failRun));

        // An action job with a policy token (header, and once more in its inputs, which are not stored), a forged token.
        var issued = await OkJsonAsync(server, HttpMethod.Post, issuer, "/api/v1/policy-tokens",
            JsonSerializer.Serialize(new { tenant_id = Tenant, actor_id = "alice", action = "leak.action", scopes = new[] { "ops:write" } }));
        var token = issued.GetProperty("token").GetString()!;
        var tokenHeader = new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = token };
        var validated = await OkJsonAsync(server, HttpMethod.Post, requester, "/api/v1/policy-tokens/validate",
            JsonSerializer.Serialize(new { token, action = "leak.action", tenant_id = Tenant, actor_id = "alice", scopes = new[] { "ops:write" } }));
        Assert.True(validated.GetProperty("allowed").GetBoolean(), validated.ToString());
        var actionRun = (await OkJsonAsync(server, HttpMethod.Post, requester, "/api/v1/jobs",
            JobBody("leak.action", $$"""{"approval_token":"{{token}}"}""", ""","actor_id":"alice" """), tokenHeader)).GetProperty("run_id").GetString()!;
        Assert.Equal("succeeded", await WaitForAsync(server, requester, actionRun));
        var forged = token[..token.IndexOf('.', StringComparison.Ordinal)] + "." + s_forgedSignature;
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(server, HttpMethod.Post, requester, "/api/v1/jobs",
            JobBody("leak.action", "{}", ""","actor_id":"alice" """), new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = forged }));
        // Command steps that print a secret, module steps whose input and answer hold it.
        var policyTokens = new List<string> { token, triggerToken };
        var stepRuns = await RunStepJobsAsync(server, requester, issuer, policyTokens);
        await OkJsonAsync(server, HttpMethod.Post, issuer, $"/api/v1/policy-tokens/{issued.GetProperty("jti").GetString()}/revoke", null);

        // Read back what a client may read: evidence, the audit trail, the events (decrypted for events:pii).
        foreach (var path in new[] { "artifacts", "manifest", "manifest?format=markdown", "replay" })
        {
            await OkJsonOrTextAsync(server, requester, $"/api/v1/runs/{echoRun}/{path}");
        }

        await OkJsonAsync(server, HttpMethod.Get, auditor, "/api/v1/audit?tenant_id=" + Tenant, null);
        await OkJsonAsync(server, HttpMethod.Get, requester, $"/api/v1/jobs/{failRun}", null);
        // The trigger fires for events dispatched after the event index picked it up: send another until one fires.
        var firedRun = string.Empty;
        for (var attempt = 1; firedRun.Length == 0; attempt++)
        {
            try
            {
                await Eventually.TrueAsync(async () =>
                {
                    var runs = (await OkJsonAsync(server, HttpMethod.Get, requester, "/api/v1/jobs?tenant_id=" + Tenant, null)).GetProperty("runs").EnumerateArray();
                    firedRun = runs.Where(r => r.GetProperty("template_key").GetString() == "leak.action" && r.GetProperty("run_id").GetString() != actionRun)
                        .Select(r => r.GetProperty("run_id").GetString()!).FirstOrDefault() ?? string.Empty;
                    return firedRun.Length > 0;
                }, TimeSpan.FromSeconds(5), "the run the event trigger fired");
            }
            catch (TimeoutException) when (attempt < 6)
            {
                Assert.True(await SendFiringEventAsync());
            }
            catch (TimeoutException)
            {
                var decisions = await OkJsonAsync(server, HttpMethod.Get, triggers, "/api/v1/triggers/leak-trigger/decisions", null);
                Assert.Fail($"the event trigger fired no run for {firingEvents} events; its decisions: {decisions}");
            }
        }

        await WaitForAsync(server, requester, firedRun);

        // Every event and run lifecycle event reaches the broker before the server stops.
        await Eventually.TrueAsync(
            () => Task.FromResult(new[] { "leak-e1", "leak-e4" }.All(id => broker.Received.Any(m => m.MessageId == id))
                && new[] { echoRun, failRun, actionRun, firedRun }.Concat(stepRuns).All(run => broker.Received.Any(m => m.Body.Contains(run, StringComparison.Ordinal)))),
            TimeSpan.FromSeconds(30), "the events and lifecycle events on the broker");
        return new Workload(echoRun, stepRuns[0], policyTokens, keys);
    }

    private async Task SendEventsAsync(RunningServer server, string writer, string reader)
    {
        var personal = $$"""{"customer":{"email":"{{s_email}}","tier":"gold"},"phone":"{{s_phone}}","severity":"info"}""";
        const string Hints = ""","contains_pii":true,"redaction_hints":{"encrypt_fields":["customer"],"redact_fields":["phone"]}""";
        Assert.Equal(HttpStatusCode.Accepted, await StatusAsync(server, HttpMethod.Post, writer, "/api/v1/events", EventBody("leak-e1", personal, Hints)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(server, HttpMethod.Post, writer, "/api/v1/events", EventBody("leak-e1", personal, Hints)));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(server, HttpMethod.Post, writer, "/api/v1/events",
            EventBody("leak-e3", personal, Hints + ""","subject":{"type":"{{s_email}}"},"unknown_field":"{{s_phone}}" """.Replace("{{s_email}}", s_email, StringComparison.Ordinal).Replace("{{s_phone}}", s_phone, StringComparison.Ordinal))));
        var contacts = $$"""{"contacts":[{"email":"{{s_email}}","name":"x"}],"count":1}""";
        Assert.Equal(HttpStatusCode.Accepted, await StatusAsync(server, HttpMethod.Post, writer, "/api/v1/events",
            EventBody("leak-e4", contacts, ""","redaction_hints":{"encrypt_fields":["contacts[*].email"]}""")));
        var read = await OkJsonAsync(server, HttpMethod.Get, reader, "/api/v1/events?tenant_id=" + Tenant, null);
        Assert.Contains(s_email, read.ToString(), StringComparison.Ordinal); // events:pii decrypts
    }

    private async Task RegisterTemplatesAsync(RunningServer server, HttpSink sink, string admin)
    {
        var echo = $$$"""
            template_key: leak.echo
            name: Leak echo
            category: ops
            version: 1.0.0
            required_scopes: [ops:read]
            is_action_job: false
            input_schema: { type: object }
            output_schema: { type: object }
            steps:
              - id: call
                uses: http
                with:
                  method: GET
                  url: "{{{sink.BaseUrl}}}/echo"
                  headers: { Authorization: "Bearer ${{ secrets.LEAK_STEP_TOKEN }}", X-Note: "token ${{ secrets.LEAK_STEP_TOKEN }}" }
              - id: ask
                uses: approval
                depends_on: [call]
              - id: after
                uses: transform
                depends_on: [ask]
                with: { output: { echoed: "${{ steps.call.outputs.body }}" } }
            """;
        await OkJsonAsync(server, HttpMethod.Put, s_bootstrapKey, "/api/v1/templates/leak.echo", echo, contentType: "application/yaml");
        await OkJsonAsync(server, HttpMethod.Put, s_bootstrapKey, "/api/v1/templates/leak.fail", Template("leak.fail", false, "ops:read", $$$$"""
            [{"id":"boom","uses":"http","retry":{"max_attempts":2,"first_interval":"100ms","backoff":1,"max_interval":"100ms"},
              "with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/fail","headers":{"X-Api-Token":"${{ secrets.LEAK_STEP_TOKEN }}"}}}]
            """));
        await OkJsonAsync(server, HttpMethod.Put, s_bootstrapKey, "/api/v1/templates/leak.action", Template("leak.action", true, "ops:write", $$$$"""
            [{"id":"apply","uses":"http","with":{"method":"POST","url":"{{{{sink.BaseUrl}}}}/ok","body":{"token":"${{ secrets.LEAK_STEP_TOKEN }}"}}}]
            """));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(server, HttpMethod.Put, s_bootstrapKey, "/api/v1/templates/leak.hardcoded",
            Template("leak.hardcoded", false, "ops:read", $$$$"""
            [{"id":"call","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok","headers":{"Authorization":"token {{{{s_hardcodedToken}}}}"}}}]
            """)));
        await RegisterStepTemplatesAsync((key, json) => OkJsonAsync(server, HttpMethod.Put, s_bootstrapKey, "/api/v1/templates/" + key, json));
        foreach (var key in new[] { "leak.echo", "leak.fail", "leak.action", "leak.command", "leak.command_fail", "leak.module", "leak.module_fail" })
        {
            await OkJsonAsync(server, HttpMethod.Post, admin, $"/api/v1/templates/{key}/enable", null);
        }
    }

    private async Task<string> WaitForAsync(RunningServer server, string key, string runId, params string[] statuses)
    {
        var wanted = statuses.Length == 0 ? s_terminal : statuses;
        var status = string.Empty;
        await Eventually.TrueAsync(async () =>
        {
            status = (await OkJsonAsync(server, HttpMethod.Get, key, "/api/v1/jobs/" + runId, null)).GetProperty("status").GetString()!;
            return wanted.Contains(status);
        }, TimeSpan.FromSeconds(30), $"run {runId} to reach {string.Join("/", wanted)}");
        return status;
    }

    private async Task OkJsonOrTextAsync(RunningServer server, string key, string path)
    {
        using var response = await SendAsync(server, HttpMethod.Get, key, path, null);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string EventBody(string eventId, string payload, string extra) =>
        $$"""{"tenant_id":"{{Tenant}}","event_type":"customer.updated","source_app":"settler","event_id":"{{eventId}}","payload":{{payload}}{{extra}}}""";

    private static string JobBody(string template, string inputs = "{}", string extra = "") =>
        $$"""{"tenant_id":"{{Tenant}}","template_key":"{{template}}","inputs":{{inputs}}{{extra}}}""";

    private static string Template(string key, bool action, string scope, string steps) => $$"""
        {"template_key":"{{key}}","name":"Leak scan","category":"ops","version":"1.0.0","is_action_job":{{(action ? "true" : "false")}},
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["{{scope}}"],"steps":{{steps}}}
        """;
}
