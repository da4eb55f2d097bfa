using System.Net;
using JobForge.Application.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Server.Tests.Jobs;

/// <summary><c>GET /api/v1/jobs/summary</c>: the dashboard's counts by status and by minute, within the caller's tenant.</summary>
public sealed class RunSummaryTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    [Fact]
    public async Task Summary_CountsTheTenantsRunsByStatusAndMinute_AndNotAnotherTenants()
    {
        var tenant = JobsTestServer.NewTenant();
        var other = JobsTestServer.NewTenant();
        await server.EnableAsync(tenant, "autopilot.ops.scan");
        await server.EnableAsync(other, "autopilot.ops.scan");
        var key = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var otherKey = await server.CreateKeyAsync(other, "jobs:write", "ops:read");
        foreach (var (owner, json) in new[] { (key, JobsTestServer.Scan(tenant)), (key, JobsTestServer.Scan(tenant)), (otherKey, JobsTestServer.Scan(other)) })
        {
            using var posted = await server.PostJobAsync(owner, json);
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs/summary?window=24h", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JobsTestServer.JsonAsync(response);
        Assert.Equal((tenant, "24h", 2, false), (body.GetProperty("tenant_id").GetString(), body.GetProperty("window").GetString(),
            body.GetProperty("total").GetInt32(), body.GetProperty("truncated").GetBoolean()));
        Assert.Equal(2, body.GetProperty("counts").GetProperty("queued").GetInt32());
        Assert.Equal(2, body.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("counts").GetProperty("queued").GetInt32()));
        Assert.True(body.GetProperty("since").GetDateTimeOffset() < body.GetProperty("until").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("/api/v1/jobs/summary?window=7d", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("/api/v1/jobs/summary?other=1", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("/api/v1/jobs/summary?tenant_id=someone-else", HttpStatusCode.Forbidden, "forbidden")]
    public async Task Summary_WithABadWindowOrParameterOrAnotherTenant_IsRefusedInTheEnvelope(string path, HttpStatusCode status, string type)
    {
        var tenant = JobsTestServer.NewTenant();
        var key = await server.CreateKeyAsync(tenant, "jobs:read");

        using var response = await server.SendAsync(HttpMethod.Get, key, path, null);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(type, await JobsTestServer.ErrorTypeAsync(response));
    }

    [Fact]
    public async Task Summary_WithoutJobsRead_Is403()
    {
        var key = await server.CreateKeyAsync(JobsTestServer.NewTenant(), "events:read");

        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/jobs/summary", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void RunIdFloor_SortsAfterEveryRunIdMintedEarlier_AndBeforeEveryRunIdMintedFromThen()
    {
        var instant = new DateTimeOffset(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(instant - TimeSpan.FromMilliseconds(1));
        var ids = new RandomRunIdSource(clock);
        var earlier = ids.NewRunId();
        clock.SetUtcNow(instant);
        var atInstant = ids.NewRunId();

        var floor = JobEndpoints.RunIdFloor(instant);

        Assert.True(string.CompareOrdinal(earlier, floor) < 0, $"{earlier} should sort before {floor}");
        Assert.True(string.CompareOrdinal(atInstant, floor) >= 0, $"{atInstant} should sort at or after {floor}");
        Assert.Matches("^run_[0-9a-f]{32}$", floor);
    }
}
