using System.Net;
using JobForge.Domain.Admission;
using JobForge.Domain.Events;
using JobForge.Server.Tests.Events;
using JobForge.Storage.Events;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Admission;

public sealed class EventAdmissionTests
{
    private static async Task<(EventsTestServer Server, Func<ScriptedBacklogEventStore> Store)> StartAsync(bool admission, ScriptedStorageLatency? latency = null)
    {
        ScriptedBacklogEventStore? store = null;
        var server = await EventsTestServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["JOBFORGE_ADMISSION_CONTROL_ENABLED"] = admission ? "1" : "0",
                ["JobForge:Admission:MaxWriteWait"] = "00:00:02",
                ["JobForge:Admission:MaxStorageLatency"] = latency is null ? "00:05:00" : "00:00:02", // a busy machine's storage latency decides nothing here
            },
            services =>
            {
                services.AddSingleton<IEventStore>(provider => store = new ScriptedBacklogEventStore(provider.GetRequiredService<TableEventStore>()));
                if (latency is not null)
                {
                    services.AddSingleton<IStorageLatency>(latency);
                }
            });
        return (server, () => store ?? (ScriptedBacklogEventStore)server.Server.App.Services.GetRequiredService<IEventStore>());
    }

    private static async Task AssertOverloadedAsync(HttpResponseMessage refused, string reason, TimeSpan retryAfter)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(retryAfter, refused.Headers.RetryAfter?.Delta);
        var error = (await EventsTestServer.JsonAsync(refused)).GetProperty("error");
        Assert.Equal("overloaded", error.GetProperty("type").GetString());
        Assert.Equal(reason, error.GetProperty("details").GetProperty("reason").GetString());
    }

    private sealed class ScriptedStorageLatency : IStorageLatency
    {
        public TimeSpan Recent { get; set; }
    }

    [Fact]
    public async Task IngestEvent_StorageSlowerThanTheBound_Is503OverloadedStorageLatency_AndTheEventIsNotStored()
    {
        var latency = new ScriptedStorageLatency { Recent = TimeSpan.FromSeconds(3.2) };
        var (server, store) = await StartAsync(admission: true, latency);
        await using var _ = server;
        var tenant = "acme-" + Guid.NewGuid().ToString("N")[..8];
        var key = await server.CreateKeyAsync(tenant, "events:write", "events:read");

        using (var refused = await server.PostEventAsync(key, EventsTestServer.Event(tenant, "slow-1")))
        {
            await AssertOverloadedAsync(refused, AdmissionRefusal.StorageLatency, TimeSpan.FromSeconds(4));
        }

        Assert.Empty((await store().ListAsync(tenant, new EventListQuery())).Events);

        latency.Recent = TimeSpan.FromMilliseconds(1900);
        using var accepted = await server.PostEventAsync(key, EventsTestServer.Event(tenant, "slow-1"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public async Task IngestEvent_WriteQueueOlderThanTheBound_Is503OverloadedWithRetryAfter_AndTheEventIsNotStored()
    {
        var (server, store) = await StartAsync(admission: true);
        await using var _ = server;
        var tenant = "acme-" + Guid.NewGuid().ToString("N")[..8];
        var key = await server.CreateKeyAsync(tenant, "events:write", "events:read");
        store().Backlog = new WriteBacklog(40, TimeSpan.FromSeconds(3.5));

        using (var refused = await server.PostEventAsync(key, EventsTestServer.Event(tenant, "refused-1")))
        {
            await AssertOverloadedAsync(refused, AdmissionRefusal.WriteBacklog, TimeSpan.FromSeconds(4));
        }

        Assert.Empty((await store().ListAsync(tenant, new EventListQuery())).Events);

        store().Backlog = new WriteBacklog(40, TimeSpan.FromSeconds(1.5));
        using var accepted = await server.PostEventAsync(key, EventsTestServer.Event(tenant, "refused-1"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode); // new, not the 200 of a duplicate: nothing was stored before
        Assert.Single((await store().ListAsync(tenant, new EventListQuery())).Events);
    }

    [Fact]
    public async Task IngestEvent_FlagOff_WriteQueuePastTheBound_IsAccepted()
    {
        var (server, store) = await StartAsync(admission: false);
        await using var _ = server;
        var tenant = "acme-" + Guid.NewGuid().ToString("N")[..8];
        var key = await server.CreateKeyAsync(tenant, "events:write");
        store().Backlog = new WriteBacklog(40, TimeSpan.FromSeconds(60));

        using var accepted = await server.PostEventAsync(key, EventsTestServer.Event(tenant));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }
}
