using System.Net;
using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using JobForge.Server.Tests.Jobs;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Admission;

public sealed class AdmissionTests(AdmissionTestServer server) : IClassFixture<AdmissionTestServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RequestJob_TenantBacklogAtItsBound_Is503OverloadedWithRetryAfter_WritesNothing_AndOtherTenantsAreStillAdmitted()
    {
        await using var sink = await HttpSink.StartAsync();
        var flooder = JobsTestServer.NewTenant();
        var other = JobsTestServer.NewTenant();
        var template = await server.RegisterSlowTemplateAsync(sink.BaseUrl, flooder, other);
        var flooderKey = await server.CreateKeyAsync(flooder, "jobs:write", "jobs:read", "ops:read");
        var otherKey = await server.CreateKeyAsync(other, "jobs:write", "jobs:read", "ops:read");
        var engine = server.Server.App.Services.GetRequiredService<RunEngine>();
        var accepted = new List<(string Key, string RunId)>();

        // Under the bound: the first run takes the tenant's one worker slot and holds it on the sink; the second waits.
        using (var first = await server.RequestAsync(flooderKey, flooder, template))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
            accepted.Add((flooderKey, await AdmissionTestServer.RunIdAsync(first)));
        }

        await Eventually.TrueAsync(() => Task.FromResult(sink.CallsTo("/slow/").Count == 1), Patience, "the first run to hold its worker");
        using (var second = await server.RequestAsync(flooderKey, flooder, template))
        {
            Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
            accepted.Add((flooderKey, await AdmissionTestServer.RunIdAsync(second)));
        }

        Assert.Equal(1, engine.Backlog(flooder).TenantQueued);

        // At the bound: refused before anything is written.
        using (var refused = await server.RequestAsync(flooderKey, flooder, template, idempotencyKey: "admission-refused-1"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            var retryAfter = refused.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
            var error = await AdmissionTestServer.ErrorAsync(refused);
            Assert.Equal("overloaded", error.GetProperty("type").GetString());
            Assert.Equal("tenant_backlog", error.GetProperty("details").GetProperty("reason").GetString());
            Assert.Equal((int)retryAfter.Value.TotalSeconds, error.GetProperty("details").GetProperty("retry_after_seconds").GetInt32());
            Assert.False(string.IsNullOrEmpty(error.GetProperty("trace_id").GetString()));
        }

        Assert.Equal(accepted.Select(a => a.RunId).Order(StringComparer.Ordinal), await RunIdsAsync(flooder));
        Assert.DoesNotContain(server.Audit.Records, r => r.TenantId == flooder && r.Action == "job_request" && r.Decision == "deny");

        // Another tenant is admitted beside the flooder, a dry run is never refused, and health is untouched.
        using (var otherRun = await server.RequestAsync(otherKey, other, template))
        {
            Assert.Equal(HttpStatusCode.Accepted, otherRun.StatusCode);
            accepted.Add((otherKey, await AdmissionTestServer.RunIdAsync(otherRun)));
        }

        using (var dryRun = await server.RequestAsync(flooderKey, flooder, template, dryRun: true))
        {
            Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        }

        using (var health = await server.SendAsync(HttpMethod.Get, null, "/api/health", null))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        using (var stillRefused = await server.RequestAsync(flooderKey, flooder, template))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stillRefused.StatusCode);
        }

        // Once the backlog drains, every accepted run finishes, and the refused request's idempotency key was never
        // claimed: the same key now makes a new run (202, not the 200 of a replay).
        sink.Release();
        foreach (var (key, runId) in accepted)
        {
            await Eventually.TrueAsync(async () => await server.StatusAsync(key, runId) == "succeeded", Patience, "run " + runId + " to succeed");
        }

        await Eventually.TrueAsync(() => Task.FromResult(engine.Backlog(flooder).TenantQueued == 0), Patience, "the backlog to drain");
        using var retried = await server.RequestAsync(flooderKey, flooder, template, idempotencyKey: "admission-refused-1");
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
    }

    private async Task<List<string>> RunIdsAsync(string tenant)
    {
        var store = server.Server.App.Services.GetRequiredService<IRunExecutionStore>();
        var page = await store.ListRunsAsync(tenant, new RunListQuery(200, null));
        return page.Runs.Select(r => r.Run.RunId).Order(StringComparer.Ordinal).ToList();
    }
}
