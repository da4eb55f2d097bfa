using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Jobs;

namespace JobForge.Server.Tests.Runs;

/// <summary>Approve, reject, cancel, rollback and the run list against bad input: never a 500, always the error envelope.</summary>
public sealed class RunDecisionInputTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    private async Task<(string Tenant, string Key, string RunId)> QueuedRunAsync()
    {
        var tenant = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "jobs:approve", "ops:read");
        using var response = await server.PostJobAsync(key, JobsTestServer.Scan(tenant));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (tenant, key, (await JobsTestServer.JsonAsync(response)).GetProperty("run_id").GetString()!);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("rollback")]
    public async Task Decision_OnAQueuedRun_Is409WithTheReason(string action)
    {
        var (_, key, runId) = await QueuedRunAsync();

        using var response = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/{action}", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await JobsTestServer.JsonAsync(response)).GetProperty("error");
        Assert.Equal("conflict", error.GetProperty("type").GetString());
        Assert.Equal("queued", error.GetProperty("details").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancel_OfAQueuedRun_IsAcceptedOnce_ThenAlreadyRequested()
    {
        var (_, key, runId) = await QueuedRunAsync();

        using var first = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", """{"rollback":true,"comment":"stop"}""");
        using var second = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("cancel", (await JobsTestServer.JsonAsync(first)).GetProperty("accepted").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Theory]
    [InlineData("run_nope")]
    [InlineData("run_0000000000000000000000000000000Z")]
    [InlineData("..%2F..%2Fetc")]
    public async Task Decision_WithAMalformedRunId_Is400(string runId)
    {
        var (_, key, _) = await QueuedRunAsync();

        using var response = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Decision_OnAnotherTenantsRun_Is404AndChangesNothing()
    {
        var (_, ownerKey, runId) = await QueuedRunAsync();
        var other = JobsTestServer.NewTenant();
        var otherKey = await server.CreateKeyAsync(other, "jobs:write", "jobs:read", "jobs:approve");

        using var cancel = await server.SendAsync(HttpMethod.Post, otherKey, $"/api/v1/jobs/{runId}/cancel", null);
        using var read = await server.SendAsync(HttpMethod.Get, otherKey, $"/api/v1/jobs/{runId}", null);
        using var mine = await server.SendAsync(HttpMethod.Post, ownerKey, $"/api/v1/jobs/{runId}/cancel", null);

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, mine.StatusCode); // the other tenant's cancel was not recorded
    }

    [Theory]
    [InlineData("""{"comment":42}""", "$.comment")]
    [InlineData("""{"rollback":"yes"}""", "$.rollback")]
    [InlineData("""{"actor_id":"../../x"}""", "$.actor_id")]
    [InlineData("""{"sneaky":true}""", "$.sneaky")]
    [InlineData("""[1,2]""", "$")]
    public async Task Cancel_WithABadBody_Is400NamingThePath(string body, string path)
    {
        var (_, key, runId) = await QueuedRunAsync();

        using var response = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var details = (await JobsTestServer.JsonAsync(response)).GetProperty("error").GetProperty("details");
        Assert.Contains(details.EnumerateArray(), d => d.GetProperty("path").GetString() == path);
    }

    [Fact]
    public async Task Cancel_WithAnOversizedBody_Is413_AndNonJson415_AndMalformed400()
    {
        var (_, key, runId) = await QueuedRunAsync();

        using var big = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", JsonSerializer.Serialize(new { comment = new string('x', 20_000) }));
        using var text = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", "cancel please", contentType: "text/plain");
        using var broken = await server.SendAsync(HttpMethod.Post, key, $"/api/v1/jobs/{runId}/cancel", """{"rollback":""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("invalid_json", await JobsTestServer.ErrorTypeAsync(broken));
    }

    [Fact]
    public async Task Approve_WithoutTheApproveScope_Is403()
    {
        var (tenant, _, runId) = await QueuedRunAsync();
        var writer = await server.CreateKeyAsync(tenant, "jobs:write");

        using var response = await server.SendAsync(HttpMethod.Post, writer, $"/api/v1/jobs/{runId}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_PagesTheTenantsRunsWithACursorBoundToTheTenant()
    {
        var (tenant, key, first) = await QueuedRunAsync();
        using (var second = await server.PostJobAsync(key, JobsTestServer.Scan(tenant, """{"target":"vm-2"}""")))
        {
            Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        }

        using var page1 = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs?limit=1&status=queued", null);
        var body1 = await JobsTestServer.JsonAsync(page1);
        var cursor = body1.GetProperty("next_cursor").GetString()!;
        using var page2 = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs?limit=1&status=queued&cursor=" + Uri.EscapeDataString(cursor), null);
        var otherKey = await server.CreateKeyAsync(JobsTestServer.NewTenant(), "jobs:read");
        using var stolen = await server.SendAsync(HttpMethod.Get, otherKey, "/api/v1/jobs?limit=1&status=queued&cursor=" + Uri.EscapeDataString(cursor), null);

        Assert.Equal(HttpStatusCode.OK, page1.StatusCode);
        Assert.Equal(first, body1.GetProperty("runs")[0].GetProperty("run_id").GetString());
        Assert.Single((await JobsTestServer.JsonAsync(page2)).GetProperty("runs").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=abc")]
    [InlineData("?status=exploded")]
    [InlineData("?template_key=NOT%20A%20KEY")]
    [InlineData("?cursor=%00%01garbage")]
    [InlineData("?unknown=1")]
    public async Task List_WithBadParameters_Is400(string query)
    {
        var (_, key, _) = await QueuedRunAsync();

        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs" + query, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await JobsTestServer.ErrorTypeAsync(response));
    }
}
