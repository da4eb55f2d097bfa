using System.Net;
using System.Text.Json;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Runs;

/// <summary>Runs executed end to end by the engine on a real server against Azurite.</summary>
public sealed class RunEngineTests(EngineTestServer server) : IClassFixture<EngineTestServer>
{
    private static string Template(string key, string steps, bool action = false) => $$$$"""
        {"template_key":"{{{{key}}}}","name":"Engine test","category":"ops","version":"1.0.0","is_action_job":{{{{(action ? "true" : "false")}}}},
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],"default_max_attempts":3,
         "steps":{{{{steps}}}}}
        """;

    private static string NewKey() => "engine." + UniqueNames.Next("t").Replace("-", "_", StringComparison.Ordinal);

    [Fact]
    public async Task ThreeTransformSteps_RunToSuccess_WithOutputsChainedAndEachStepRecorded()
    {
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, EngineTestServer.ThreeTransforms(key));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        var runId = await server.RequestAsync(apiKey, tenant, key, """{"n":41}""");
        var run = await server.WaitForAsync(apiKey, runId);

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        var steps = run.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["a", "b", "c"], steps.Select(s => s.GetProperty("id").GetString()));
        Assert.All(steps, s => Assert.Equal("succeeded", s.GetProperty("status").GetString()));
        Assert.All(steps, s => Assert.Equal(1, s.GetProperty("attempts").GetInt32()));
        Assert.Equal(["total"], steps[2].GetProperty("output_keys").EnumerateArray().Select(k => k.GetString()));
        Assert.True(run.TryGetProperty("finished_at", out var finished) && finished.ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task FinishedRun_PublishesStartedAndSucceededLifecycleEvents_FromSourceAppJobforge()
    {
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, EngineTestServer.ThreeTransforms(key));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read", "events:read");

        var runId = await server.RequestAsync(apiKey, tenant, key);
        await server.WaitForAsync(apiKey, runId, "succeeded");

        var types = new List<string>();
        await Eventually.TrueAsync(async () =>
        {
            using var response = await server.SendAsync(HttpMethod.Get, apiKey, "/api/v1/events?source_app=jobforge", null);
            var events = (await EngineTestServer.JsonAsync(response)).GetProperty("events").EnumerateArray()
                .Where(e => e.GetProperty("payload").GetProperty("run_id").GetString() == runId).ToList();
            types = events.Select(e => e.GetProperty("event_type").GetString()!).Order(StringComparer.Ordinal).ToList();
            return types.Count >= 2;
        }, TimeSpan.FromSeconds(10), "the lifecycle events");

        Assert.Equal(["jobforge.run.started", "jobforge.run.succeeded"], types);
    }

    [Fact]
    public async Task FlakyHttpStep_IsRetriedWithTheNextAttemptsIdempotencyKey_AndSucceeds()
    {
        await using var sink = await HttpSink.StartAsync();
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, $$$$"""
            [{"id":"call","uses":"http","retry":{"max_attempts":3,"first_interval":"100ms","backoff":1,"max_interval":"100ms"},
              "with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/flaky/one"}}]
            """));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        var runId = await server.RequestAsync(apiKey, tenant, key);
        var run = await server.WaitForAsync(apiKey, runId);

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("steps")[0].GetProperty("attempts").GetInt32());
        Assert.Equal([$"{runId}:call:1", $"{runId}:call:2"], sink.CallsTo("/flaky/").Select(c => c.IdempotencyKey));
    }

    [Fact]
    public async Task NonRetryableFailure_AfterACompensatedStep_RollsBackInReverseOrder()
    {
        await using var sink = await HttpSink.StartAsync();
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, $$$$"""
            [{"id":"reserve","uses":"http","compensate":"release","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/reserve"}},
             {"id":"charge","uses":"http","depends_on":["reserve"],"compensate":"refund","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/charge"}},
             {"id":"ship","uses":"http","depends_on":["charge"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/missing/ship"}},
             {"id":"release","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/release"}},
             {"id":"refund","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/refund"}}]
            """));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        var runId = await server.RequestAsync(apiKey, tenant, key);
        var run = await server.WaitForAsync(apiKey, runId);

        Assert.Equal("rolled_back", run.GetProperty("status").GetString());
        Assert.Equal("http_error", run.GetProperty("failure").GetProperty("type").GetString());
        Assert.Equal(["/ok/reserve", "/ok/charge", "/missing/ship", "/ok/refund", "/ok/release"], sink.Calls.Select(c => c.Path));
        Assert.Single(sink.CallsTo("/missing/")); // 404 is not retried
    }

    [Fact]
    public async Task ApprovalStep_WaitsForAnotherKeysApproval_ThenContinues()
    {
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, """
            [{"id":"ask","uses":"approval","with":{}},
             {"id":"after","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]
            """));
        var requester = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "jobs:approve", "ops:read");
        var approver = await server.CreateKeyAsync(tenant, "jobs:approve", "jobs:read");

        var runId = await server.RequestAsync(requester, tenant, key);
        await server.WaitForAsync(requester, runId, "awaiting_approval");
        using (var self = await server.SendAsync(HttpMethod.Post, requester, $"/api/v1/jobs/{runId}/approve", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        }

        using (var approve = await server.SendAsync(HttpMethod.Post, approver, $"/api/v1/jobs/{runId}/approve", """{"comment":"looks fine"}"""))
        {
            Assert.Equal(HttpStatusCode.Accepted, approve.StatusCode);
        }

        var run = await server.WaitForAsync(requester, runId);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        await server.AuditedAsync(tenant, "job_approve", "allow", "approve");
        await server.AuditedAsync(tenant, "job_approve", "deny", "self_approval");
        Assert.Contains(server.Audit.Records, r => r.TenantId == tenant && r.Action == "job_approve" && r.Decision == "allow"
            && r.Details is { } details && details.TryGetValue("comment", out var comment) && comment == "looks fine");
    }

    [Fact]
    public async Task Reject_FailsTheRunWithApprovalRejected()
    {
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, """[{"id":"ask","uses":"approval","with":{}}]"""));
        var requester = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var approver = await server.CreateKeyAsync(tenant, "jobs:approve");

        var runId = await server.RequestAsync(requester, tenant, key);
        await server.WaitForAsync(requester, runId, "awaiting_approval");
        using (var reject = await server.SendAsync(HttpMethod.Post, approver, $"/api/v1/jobs/{runId}/reject", """{"comment":"no"}"""))
        {
            Assert.Equal(HttpStatusCode.Accepted, reject.StatusCode);
        }

        var run = await server.WaitForAsync(requester, runId);
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal("approval_rejected", run.GetProperty("failure").GetProperty("type").GetString());
        await server.AuditedAsync(tenant, "job_reject", "allow", "reject");
        Assert.Contains(server.Audit.Records, r => r.TenantId == tenant && r.Action == "job_reject"
            && r.Details is { } details && details.TryGetValue("comment", out var comment) && comment == "no");
    }

    [Fact]
    public async Task Cancel_WhileAStepIsInFlight_StopsItAndTheRunEndsCanceled()
    {
        await using var sink = await HttpSink.StartAsync();
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, $$$$"""
            [{"id":"wait","uses":"http","timeout":"30s","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/slow/wait"}},
             {"id":"never","uses":"transform","depends_on":["wait"],"with":{"output":{}}}]
            """));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        var runId = await server.RequestAsync(apiKey, tenant, key);
        await Eventually.TrueAsync(() => Task.FromResult(sink.CallsTo("/slow/").Count == 1), TimeSpan.FromSeconds(10), "the slow call to start");
        using (var cancel = await server.SendAsync(HttpMethod.Post, apiKey, $"/api/v1/jobs/{runId}/cancel", """{"rollback":false}"""))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }

        var run = await server.WaitForAsync(apiKey, runId);
        Assert.Equal("canceled", run.GetProperty("status").GetString());
        Assert.NotEqual("succeeded", run.GetProperty("steps")[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ManualRollback_OfASucceededRun_CompensatesItsSteps()
    {
        await using var sink = await HttpSink.StartAsync();
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, $$$$"""
            [{"id":"make","uses":"http","compensate":"unmake","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/make"}},
             {"id":"unmake","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/unmake"}}]
            """));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var runId = await server.RequestAsync(apiKey, tenant, key);
        await server.WaitForAsync(apiKey, runId, "succeeded");

        using (var rollback = await server.SendAsync(HttpMethod.Post, apiKey, $"/api/v1/jobs/{runId}/rollback", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, rollback.StatusCode);
        }

        var run = await server.WaitForAsync(apiKey, runId, "rolled_back", "rollback_failed");
        Assert.Equal("rolled_back", run.GetProperty("status").GetString());
        Assert.Equal(["/ok/make", "/ok/unmake"], sink.Calls.Select(c => c.Path));
        using var again = await server.SendAsync(HttpMethod.Post, apiKey, $"/api/v1/jobs/{runId}/rollback", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task ManualRollback_OfASucceededRunWithNothingToCompensate_Is409NamingWhy_AndTheRunStaysSucceeded()
    {
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, EngineTestServer.ThreeTransforms(key));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var runId = await server.RequestAsync(apiKey, tenant, key);
        await server.WaitForAsync(apiKey, runId, "succeeded");

        using var rollback = await server.SendAsync(HttpMethod.Post, apiKey, $"/api/v1/jobs/{runId}/rollback", null);

        Assert.Equal(HttpStatusCode.Conflict, rollback.StatusCode);
        var error = (await EngineTestServer.JsonAsync(rollback)).GetProperty("error");
        Assert.Equal("nothing_to_compensate", error.GetProperty("details").GetProperty("reason").GetString());
        Assert.Contains("nothing to compensate", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("succeeded", (await server.GetRunAsync(apiKey, runId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetRun_WithIncludeOutputs_ShowsEachStepsOutputs_WithSensitiveFieldsRedacted()
    {
        var tenant = EngineTestServer.NewTenant();
        var key = NewKey();
        await server.RegisterAsync(tenant, key, Template(key, """
            [{"id":"make","uses":"transform","with":{"output":{"n":7,"session_token":"${{ run.id }}"}}},
             {"id":"use","uses":"transform","depends_on":["make"],"with":{"output":{"twice":"${{ steps.make.outputs.n }}"}}}]
            """));
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var runId = await server.RequestAsync(apiKey, tenant, key);
        await server.WaitForAsync(apiKey, runId, "succeeded");

        using var plain = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/jobs/{runId}", null);
        using var withOutputs = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/jobs/{runId}?include=outputs", null);
        using var wrong = await server.SendAsync(HttpMethod.Get, apiKey, $"/api/v1/jobs/{runId}?include=everything", null);

        Assert.False((await EngineTestServer.JsonAsync(plain)).GetProperty("steps")[0].TryGetProperty("outputs", out _));
        var steps = (await EngineTestServer.JsonAsync(withOutputs)).GetProperty("steps");
        Assert.Equal(7, steps[0].GetProperty("outputs").GetProperty("n").GetInt32());
        Assert.NotEqual(runId, steps[0].GetProperty("outputs").GetProperty("session_token").GetString());
        Assert.Equal(7, steps[1].GetProperty("outputs").GetProperty("twice").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }
}
