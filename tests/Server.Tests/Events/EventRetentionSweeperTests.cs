using JobForge.Domain.Events;
using JobForge.Application.Events;
using JobForge.Storage.Events;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Events;

public sealed class EventRetentionSweeperTests
{
    [Fact]
    public async Task Tick_DeletesOnlyExpiredEvents_AndAnExpiredIdIsAcceptedAgain()
    {
        var time = new FakeTimeProvider(TestClock.Start);
        var start = time.GetUtcNow();
        var store = new InMemoryEventStore();
        await store.AppendAsync(Append("short", start, start.AddHours(1)));
        await store.AppendAsync(Append("long", start, start.AddDays(30)));
        var sweeper = new EventRetentionSweeper(store, time, Options.Create(new EventsOptions()), NullLogger<EventRetentionSweeper>.Instance);

        Assert.Equal(0, await sweeper.TickAsync(start.AddMinutes(59), CancellationToken.None));
        Assert.Equal(1, await sweeper.TickAsync(start.AddHours(2), CancellationToken.None));

        var page = await store.ListAsync("acme", new EventListQuery());
        Assert.Equal(["long"], page.Events.Select(e => e.EventId));
        var again = await store.AppendAsync(Append("short", start.AddHours(2), start.AddHours(3)));
        Assert.False(again.Receipt.Duplicate);
    }

    private static EventAppend Append(string eventId, DateTimeOffset receivedAt, DateTimeOffset expiresAt) =>
        new(
            new StoredEvent("acme", eventId, "ops.tick", "settler", null, null, "trace", IsClientSuppliedEventId: true, receivedAt, expiresAt, "{\"payload\":{}}"),
            new OutboxMessage(eventId, "acme", "ops.tick", "settler", "trace", "{}"));
}
