using JobForge.Domain.Triggers;
using JobForge.Server.Tests.Events;
using JobForge.Storage.Publishing;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Triggers;

/// <summary>
/// Event triggers on a server with <c>JobForge:Publishing:Mode</c> unset (None) and its scheduler loop off: the hosted
/// outbox dispatcher still runs (it feeds the trigger observer), and the observer loads the event trigger index itself.
/// Before, the server ran no dispatcher without a publishing mode, so no event trigger ever fired.
/// </summary>
public sealed class TriggerPublishingOffTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    [Fact]
    public async Task IngestedEvent_WithPublishingModeNone_FiresTheMatchingEventTriggerOnce_WithoutASchedulerTick()
    {
        Assert.Equal(PublishingMode.None, server.Server.App.Services.GetRequiredService<IOptions<PublishingOptions>>().Value.Mode);
        var (tenant, key) = await server.NewAdminAsync();
        using var created = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers",
            $$$"""{"tenant_id":"{{{tenant}}}","trigger_type":"event","name":"on alert","target_template_key":"autopilot.ops.scan","target_inputs":{"target":"vm-1"},"enabled":true,"event_type_filter":"infrastructure.*","severity_threshold":"warning","safety":{"cooldown_seconds":0}}""");
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await TriggersTestServer.JsonAsync(created)).GetProperty("id").GetString()!;
        var writer = await server.CreateKeyAsync(tenant, "events:write");

        using var posted = await server.SendAsync(HttpMethod.Post, writer, "/api/v1/events", EventsTestServer.Event(tenant, "evt-mode-none"));
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());

        var identity = FireIdentity.ForEvent(id, "evt-mode-none");
        await Eventually.TrueAsync(async () => (await server.LedgerAsync(tenant)).HasRun("autopilot.ops.scan", identity),
            TimeSpan.FromSeconds(30), "the event trigger's run from the dispatched outbox entry");
        Assert.Equal(1, (await server.LedgerAsync(tenant)).RunCount);
        // The decision row is written after the run is requested (grouped with the shard's other writes): wait for it too.
        await Eventually.TrueAsync(async () => (await server.DecisionsAsync(key, id)).Any(d => d.GetProperty("decision").GetString() == "fire"),
            TimeSpan.FromSeconds(30), "the fire decision");
    }
}
