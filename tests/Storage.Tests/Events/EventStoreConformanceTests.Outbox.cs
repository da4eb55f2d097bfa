using JobForge.Domain.Events;

namespace JobForge.Storage.Tests.Events;

/// <content>The outbox: pending entries, the in-process fast path, and completion.</content>
public abstract partial class EventStoreConformanceTests
{
    [Fact]
    public async Task Outbox_AppendedEntries_ArePendingOldestFirstUntilCompleted()
    {
        var (store, outbox) = await CreateAsync();
        await store.AppendAsync(EventSamples.Append("tenant-b", "e2", receivedAt: EventSamples.T0.AddSeconds(2)));
        await store.AppendAsync(EventSamples.Append("tenant-a", "e1", receivedAt: EventSamples.T0.AddSeconds(1)));
        await store.AppendAsync(EventSamples.Append("tenant-a", "e3", receivedAt: EventSamples.T0.AddSeconds(3)));
        await store.AppendAsync(EventSamples.Append("tenant-a", "e1", receivedAt: EventSamples.T0.AddSeconds(4))); // duplicate: no entry

        var upToTwo = await outbox.ReadPendingAsync(100, EventSamples.T0.AddSeconds(2));
        var all = await outbox.ReadPendingAsync(100, EventSamples.T0.AddDays(1));
        var firstTwo = await outbox.ReadPendingAsync(2, EventSamples.T0.AddDays(1));

        Assert.Equal(["e1", "e2"], upToTwo.Select(e => e.Message.EventId));
        Assert.Equal(["e1", "e2", "e3"], all.Select(e => e.Message.EventId));
        Assert.Equal(["e1", "e2"], firstTwo.Select(e => e.Message.EventId));
        var e2 = all[1];
        Assert.Equal(new OutboxMessage("e2", "tenant-b", "orders.created", "settler", "trace-e2", "{\"body\":\"e2\"}"), e2.Message);
        Assert.Equal(EventSamples.T0.AddSeconds(2), e2.ReceivedAt);

        await outbox.CompleteAsync([all[0], all[1]]);
        await outbox.CompleteAsync([all[0], all[1]]);
        await outbox.CompleteAsync([]);

        Assert.Equal(["e3"], (await outbox.ReadPendingAsync(100, EventSamples.T0.AddDays(1))).Select(e => e.Message.EventId));
    }

    [Fact]
    public async Task Outbox_ReadAppended_YieldsEachNewEntryAsSoonAsItIsDurable()
    {
        var (store, outbox) = await CreateAsync();
        await store.AppendAsync(EventSamples.Append("tenant-a", "e1"));
        await store.AppendAsync(EventSamples.Append("tenant-a", "e1", receivedAt: EventSamples.T0.AddSeconds(1)));
        await store.AppendAsync(EventSamples.Append("tenant-b", "e2"));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var seen = new List<OutboxEntry>();
        await foreach (var entry in outbox.ReadAppendedAsync(timeout.Token))
        {
            seen.Add(entry);
            if (seen.Count == 2)
            {
                break;
            }
        }

        Assert.Equal(["e1", "e2"], seen.Select(e => e.Message.EventId));
        var pending = await outbox.ReadPendingAsync(10, EventSamples.T0);
        Assert.Equal(pending.Select(e => e.EntryId).Order(StringComparer.Ordinal), seen.Select(e => e.EntryId).Order(StringComparer.Ordinal));

        await outbox.CompleteAsync(seen);
        Assert.Empty(await outbox.ReadPendingAsync(10, EventSamples.T0));
    }
}
