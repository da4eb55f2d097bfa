namespace JobForge.Storage.Tests.Events;

/// <content>Retention: expired events go with their dedupe records; the rest stays.</content>
public abstract partial class EventStoreConformanceTests
{
    [Fact]
    public async Task DeleteExpired_RemovesExpiredEventsAndTheirDedupe_KeepsTheRest()
    {
        var (store, _) = await CreateAsync();
        var now = EventSamples.T0.AddDays(10);
        await store.AppendAsync(EventSamples.Append("tenant-a", "old-1", expiresAt: now.AddSeconds(-1)));
        await store.AppendAsync(EventSamples.Append("tenant-b", "old-2", clientId: false, expiresAt: now.AddDays(-1)));
        await store.AppendAsync(EventSamples.Append("tenant-a", "keep", receivedAt: EventSamples.T0.AddSeconds(1), expiresAt: now));

        var beforeSweep = await store.AppendAsync(EventSamples.Append("tenant-a", "old-1", receivedAt: now));
        var deleted = await store.DeleteExpiredAsync(now, 100);
        var afterSweep = await store.AppendAsync(EventSamples.Append("tenant-a", "old-1", receivedAt: now.AddSeconds(1)));

        Assert.True(beforeSweep.Receipt.Duplicate);
        Assert.Equal(2, deleted);
        Assert.False(afterSweep.Receipt.Duplicate);
        Assert.Equal(now.AddSeconds(1), afterSweep.Receipt.ReceivedAt);
        Assert.Equal(["old-1", "keep"], (await ListAllAsync(store, "tenant-a", EventSamples.Query())).Select(e => e.EventId));
        Assert.Empty(await ListAllAsync(store, "tenant-b", EventSamples.Query()));
        Assert.Equal(0, await store.DeleteExpiredAsync(now, 100));
    }

    [Fact]
    public async Task DeleteExpired_RespectsTheMaximum()
    {
        var (store, _) = await CreateAsync();
        for (var i = 0; i < 7; i++)
        {
            await store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("e", i), receivedAt: EventSamples.T0.AddSeconds(i), expiresAt: EventSamples.T0.AddDays(1)));
        }

        Assert.Equal(5, await store.DeleteExpiredAsync(EventSamples.T0.AddDays(2), 5));
        Assert.Equal(2, await store.DeleteExpiredAsync(EventSamples.T0.AddDays(2), 5));
        Assert.Empty(await ListAllAsync(store, "tenant-a", EventSamples.Query()));
    }
}
