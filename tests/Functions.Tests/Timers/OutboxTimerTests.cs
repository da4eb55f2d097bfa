using System.Text.Json;
using JobForge.Application.Publishing;
using JobForge.Domain.Events;
using JobForge.Domain.Triggers;
using JobForge.Storage.Configuration;
using JobForge.Storage.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Functions.Tests.Timers;

/// <summary>
/// The outbox timer function: it publishes (storage queue mode) and evaluates event triggers — also with publishing off
/// (mode None), and on an instance whose scheduler timer never ran (the observer loads the event trigger index itself).
/// </summary>
public sealed class OutboxTimerTests
{
    [Theory]
    [InlineData("StorageQueue")]
    [InlineData("None")]
    public async Task OutboxTimer_PendingEvent_FiresTheMatchingEventTriggerOnce_AndCompletesTheEntry(string mode)
    {
        var settings = await TimerTestApp.SettingsAsync(new Dictionary<string, string?> { ["JobForge:Publishing:Mode"] = mode });
        await using var app = TimerTestApp.Create(settings);
        var tenant = await app.NewTenantAsync();
        var id = await app.CreateTriggerAsync(tenant, """ "trigger_type":"event","event_type_filter":"infrastructure.*","severity_threshold":"warning" """);
        await app.Services.GetRequiredService<IEventStore>().AppendAsync(Append(tenant, "evt-timer-1", app.Clock.GetUtcNow()));

        app.Clock.Advance(TimeSpan.FromSeconds(5)); // one timer interval: past the poll's pending lag
        await app.TickOutboxAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await app.TickOutboxAsync(); // the entry was completed: nothing is evaluated or published again

        var ledger = await app.LedgerAsync(tenant);
        Assert.Equal(1, ledger.Runs);
        Assert.Contains(TimerTestApp.Claim(TimerTestApp.Scan, FireIdentity.ForEvent(id, "evt-timer-1")), ledger.Claims);
        var decision = Assert.Single(await app.DecisionsAsync(tenant, id));
        Assert.Equal("fire", decision.Decision);
        Assert.Empty(await app.Services.GetRequiredService<IEventOutbox>().ReadPendingAsync(10, app.Clock.GetUtcNow()));
        Assert.Equal(mode == "StorageQueue" ? 1 : 0, await QueuedAsync(app));
    }

    [Fact]
    public async Task OutboxTimer_AfterAMinuteOfIdleTicks_PublishesANewEventAtTheNextTickPastThePendingLag()
    {
        var settings = await TimerTestApp.SettingsAsync(new Dictionary<string, string?> { ["JobForge:Publishing:Mode"] = "StorageQueue" });
        await using var app = TimerTestApp.Create(settings);
        for (var tick = 0; tick < 12; tick++) // No fast path on Functions: the poll must not back off between ticks.
        {
            await app.TickOutboxAsync();
            app.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        await app.Services.GetRequiredService<IEventStore>().AppendAsync(Append("tenant-idle", "evt-after-idle", app.Clock.GetUtcNow()));
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await app.TickOutboxAsync();

        Assert.Empty(await app.Services.GetRequiredService<IEventOutbox>().ReadPendingAsync(10, app.Clock.GetUtcNow()));
        Assert.Equal(1, await QueuedAsync(app));
    }

    [Fact]
    public async Task OutboxTimer_PublishingOffAndNoObserver_DoesNothing_AndLeavesTheEntryPending()
    {
        var settings = await TimerTestApp.SettingsAsync();
        await using var app = TimerTestApp.Create(settings, after: services => services.RemoveAll<IOutboxObserver>());
        await app.Services.GetRequiredService<IEventStore>().AppendAsync(Append("tenant-x", "evt-none", app.Clock.GetUtcNow()));

        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await app.TickOutboxAsync();

        var pending = Assert.Single(await app.Services.GetRequiredService<IEventOutbox>().ReadPendingAsync(10, app.Clock.GetUtcNow()));
        Assert.Equal("evt-none", pending.Message.EventId);
    }

    private static EventAppend Append(string tenant, string eventId, DateTimeOffset at)
    {
        var body = JsonSerializer.Serialize(new
        {
            event_id = eventId, tenant_id = tenant, event_type = "infrastructure.vm.down", source_app = "monitor", source_module = "vm",
            payload = new { severity = "high", vm = "vm-7" },
        });
        return new EventAppend(
            new StoredEvent(tenant, eventId, "infrastructure.vm.down", "monitor", "vm", null, "trace", IsClientSuppliedEventId: true, at, at.AddDays(7), body),
            new OutboxMessage(eventId, tenant, "infrastructure.vm.down", "monitor", "trace", body));
    }

    private static async Task<int> QueuedAsync(TimerTestApp app)
    {
        var queue = app.Services.GetRequiredService<StorageClients>().Queues
            .GetQueueClient(app.Services.GetRequiredService<IOptions<PublishingOptions>>().Value.StorageQueue.QueueName);
        if (!await queue.ExistsAsync())
        {
            return 0;
        }

        return (await queue.PeekMessagesAsync(maxMessages: 32)).Value.Length;
    }
}
