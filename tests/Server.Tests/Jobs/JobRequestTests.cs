using System.Net;
using System.Text.Json;

namespace JobForge.Server.Tests.Jobs;

public sealed class JobRequestTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    private async Task<(string Tenant, string Key)> ReadyAsync()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        return (tenant, await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
    }

    [Fact]
    public async Task Post_ValidRequest_Is202QueuedWithLocationAndTheRunIsStoredWithDefaults()
    {
        var (tenant, key) = await ReadyAsync();

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, extra: ""","trace_id":"trace-42","actor_id":"alice","project_id":"p1" """));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await JobsTestServer.JsonAsync(response);
        var runId = body.GetProperty("run_id").GetString()!;
        Assert.Matches("^run_[0-9a-f]{32}$", runId);
        Assert.Equal("queued", body.GetProperty("status").GetString());
        Assert.Equal("trace-42", body.GetProperty("trace_id").GetString());
        Assert.Equal("/api/v1/jobs/" + runId, response.Headers.Location!.OriginalString);
        await server.AuditedAsync(tenant, "job_request", "allow", "queued");

        using var read = await server.SendAsync(HttpMethod.Get, key, response.Headers.Location.OriginalString, null);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var run = await JobsTestServer.JsonAsync(read);
        Assert.Equal("queued", run.GetProperty("status").GetString());
        Assert.Equal("1.0.0", run.GetProperty("template_version").GetString());
        Assert.Equal("security", run.GetProperty("inputs").GetProperty("scan_type").GetString());
        Assert.Equal(("alice", "p1", tenant), (run.GetProperty("actor_id").GetString(), run.GetProperty("project_id").GetString(), run.GetProperty("tenant_id").GetString()));
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyAndInputs_Is200WithTheSameRunId()
    {
        var (tenant, key) = await ReadyAsync();
        var json = JobsTestServer.Scan(tenant, extra: ""","idempotency_key":"idem-1" """);
        using var first = await server.PostJobAsync(key, json);

        using var again = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, """{"scan_type":"security","target":"vm-1"}"""),
            new Dictionary<string, string> { ["Idempotency-Key"] = "idem-1" });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await JobsTestServer.JsonAsync(first)).GetProperty("run_id").GetString(), (await JobsTestServer.JsonAsync(again)).GetProperty("run_id").GetString());
        await server.AuditedAsync(tenant, "job_request", "allow", "idempotent_replay");
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyOtherInputs_Is409Conflict()
    {
        var (tenant, key) = await ReadyAsync();
        using var first = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, extra: ""","idempotency_key":"idem-2" """));

        using var other = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, """{"target":"vm-2"}""", ""","idempotency_key":"idem-2" """));

        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal("conflict", await JobsTestServer.ErrorTypeAsync(other));
        await server.AuditedAsync(tenant, "job_request", "deny", "idempotency_conflict");
    }

    [Fact]
    public async Task Post_IdempotencyKeyInBodyAndHeaderDiffering_Is400()
    {
        var (tenant, key) = await ReadyAsync();

        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, extra: ""","idempotency_key":"a" """),
            new Dictionary<string, string> { ["Idempotency-Key"] = "b" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Post_32ConcurrentIdenticalRequests_CreateOneRun()
    {
        var (tenant, key) = await ReadyAsync();
        var json = JobsTestServer.Scan(tenant, extra: ""","idempotency_key":"race" """);

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => server.PostJobAsync(key, json))));

        var outcomes = new List<(HttpStatusCode Status, string RunId)>();
        foreach (var response in responses)
        {
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, text);
                using var body = JsonDocument.Parse(text);
                outcomes.Add((response.StatusCode, body.RootElement.GetProperty("run_id").GetString()!));
            }
        }

        Assert.Single(outcomes, o => o.Status == HttpStatusCode.Accepted);
        Assert.Single(outcomes.Select(o => o.RunId).Distinct());
    }

    [Fact]
    public async Task Post_DryRun_Is200WithThePlanAndStoresNothing()
    {
        var (tenant, key) = await ReadyAsync();

        using var dry = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, extra: ""","dry_run":true,"idempotency_key":"dry" """));

        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        var body = await JobsTestServer.JsonAsync(dry);
        Assert.True(body.GetProperty("dry_run").GetBoolean());
        Assert.True(body.GetProperty("would_execute").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("trace_id").GetString()));
        Assert.False(body.TryGetProperty("run_id", out _));
        var step = Assert.Single(body.GetProperty("plan").EnumerateArray());
        Assert.Equal("call-module", step.GetProperty("id").GetString());
        Assert.Equal("autopilot.module", step.GetProperty("uses").GetString());
        Assert.Equal(3, step.GetProperty("retry").GetProperty("max_attempts").GetInt32());
        Assert.Equal("5m", step.GetProperty("timeout").GetString());
        // The built-in templates pass "${{ inputs }}" whole: the plan shows it resolved to the validated inputs.
        Assert.True(step.GetProperty("with_resolved").GetBoolean());
        Assert.Equal("security", step.GetProperty("with").GetProperty("input").GetProperty("scan_type").GetString());
        Assert.Equal("security", body.GetProperty("inputs").GetProperty("scan_type").GetString());
        await server.AuditedAsync(tenant, "job_request", "allow", "dry_run");

        // Nothing was stored: the same idempotency key still creates a run.
        using var real = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, extra: ""","idempotency_key":"dry" """));
        Assert.Equal(HttpStatusCode.Accepted, real.StatusCode);
    }

    [Fact]
    public async Task Get_AnotherTenantsRun_Is404()
    {
        var (tenant, key) = await ReadyAsync();
        using var created = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));
        var runId = (await JobsTestServer.JsonAsync(created)).GetProperty("run_id").GetString();
        var stranger = await server.CreateKeyAsync(JobsTestServer.NewTenant(), "jobs:read");

        using var response = await server.SendAsync(HttpMethod.Get, stranger, "/api/v1/jobs/" + runId, null);
        using var named = await server.SendAsync(HttpMethod.Get, stranger, $"/api/v1/jobs/{runId}?tenant_id={tenant}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, named.StatusCode);
        Assert.Equal("not_found", await JobsTestServer.ErrorTypeAsync(named));
    }

    [Theory]
    [InlineData("/api/v1/jobs/not-a-run", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/jobs/run_0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/jobs/run_0123456789abcdef0123456789abcdef?x=1", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/jobs/run_0123456789abcdef0123456789abcdef?tenant_id=a%2Fb", HttpStatusCode.BadRequest)]
    public async Task Get_BadOrUnknownIds_AreEnvelope4xx(string path, HttpStatusCode expected)
    {
        var (_, key) = await ReadyAsync();

        using var response = await server.SendAsync(HttpMethod.Get, key, path, null);

        Assert.Equal(expected, response.StatusCode);
        Assert.True((await JobsTestServer.JsonAsync(response)).TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Get_WithoutJobsReadScope_Is403()
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:write");

        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs/run_0123456789abcdef0123456789abcdef", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
