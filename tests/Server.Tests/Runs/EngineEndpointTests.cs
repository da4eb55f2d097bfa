using System.Net;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Jobs;

namespace JobForge.Server.Tests.Runs;

/// <summary><c>GET /api/v1/engine</c>: this server's engine counters, for operators only.</summary>
public sealed class EngineEndpointTests(JobsTestServer server) : IClassFixture<JobsTestServer>
{
    [Fact]
    public async Task Engine_ForAnAdminKey_ShowsTheEnginesStateAndCounters()
    {
        using var response = await server.SendAsync(HttpMethod.Get, EventsTestServer.BootstrapKey, "/api/v1/engine", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JobsTestServer.JsonAsync(response);
        Assert.False(body.GetProperty("enabled").GetBoolean()); // the jobs test server keeps the engine off
        Assert.Equal((0, 0, 64), (body.GetProperty("queue_depth").GetInt32(), body.GetProperty("in_flight_runs").GetInt32(), body.GetProperty("max_concurrency").GetInt32()));
    }

    [Fact]
    public async Task Engine_ForATenantKeyWithoutAdmin_Is403()
    {
        var key = await server.CreateKeyAsync(JobsTestServer.NewTenant(), "jobs:*");

        using var response = await server.SendAsync(HttpMethod.Get, key, "/api/v1/engine", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await JobsTestServer.ErrorTypeAsync(response));
    }
}
