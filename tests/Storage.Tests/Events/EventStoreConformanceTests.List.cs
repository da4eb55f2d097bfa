using JobForge.Domain.Events;
using JobForge.Storage.Events;

namespace JobForge.Storage.Tests.Events;

/// <content>Listing: order, paging, filters, bounds and cursors.</content>
public abstract partial class EventStoreConformanceTests
{
    [Fact]
    public async Task List_1100EventsWithLimit250_VisitsEachOnceNewestFirst_AlsoWithSparseFilters()
    {
        var (store, _) = await CreateAsync();
        var appends = Enumerable.Range(0, 1100).Select(i => EventSamples.Append(
                "tenant-a",
                EventSamples.Id("e", i),
                clientId: i % 2 == 0,
                receivedAt: EventSamples.T0.AddSeconds(i),
                eventType: i % 7 == 0 ? "orders.paid" : "orders.created",
                sourceApp: i % 3 == 0 ? "aias" : "settler",
                sourceModule: i % 5 == 0 ? "finops" : null,
                projectId: i % 11 == 0 ? "p1" : "p2"))
            .ToList();
        await Parallel.ForEachAsync(appends, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (a, _) => await store.AppendAsync(a));

        var all = await ListAllAsync(store, "tenant-a", EventSamples.Query(250));
        Assert.Equal(appends.Select(a => a.Event.EventId).Reverse(), all.Select(e => e.EventId));

        var sparse = new EventListQuery { Limit = 250, EventType = "orders.paid", SourceApp = SourceApp.Aias, SourceModule = SourceModule.FinOps };
        var expected = appends.Where(a => a.Event.EventType == "orders.paid" && a.Event.SourceApp == "aias" && a.Event.SourceModule == "finops");
        Assert.Equal(expected.Select(a => a.Event.EventId).Reverse(), (await ListAllAsync(store, "tenant-a", sparse)).Select(e => e.EventId));

        var byProject = new EventListQuery { Limit = 7, ProjectId = "p1" };
        var projectIds = (await ListAllAsync(store, "tenant-a", byProject)).Select(e => e.EventId).ToList();
        Assert.Equal(appends.Where(a => a.Event.ProjectId == "p1").Select(a => a.Event.EventId).Reverse(), projectIds);
    }

    [Fact]
    public async Task List_ReceivedSinceAndUntil_AreInclusiveBoundsOnTheReceiveTime()
    {
        var (store, _) = await CreateAsync();
        for (var i = 0; i < 10; i++)
        {
            await store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("e", i), receivedAt: EventSamples.T0.AddMinutes(i)));
        }

        var query = new EventListQuery { ReceivedSince = EventSamples.T0.AddMinutes(3), ReceivedUntil = EventSamples.T0.AddMinutes(6), Limit = 2 };
        var ids = (await ListAllAsync(store, "tenant-a", query)).Select(e => e.EventId);
        var onlySince = (await ListAllAsync(store, "tenant-a", new EventListQuery { ReceivedSince = EventSamples.T0.AddMinutes(8) })).Select(e => e.EventId);
        var onlyUntil = (await ListAllAsync(store, "tenant-a", new EventListQuery { ReceivedUntil = EventSamples.T0.AddMinutes(1).AddTicks(-1) })).Select(e => e.EventId);

        Assert.Equal(["e00006", "e00005", "e00004", "e00003"], ids);
        Assert.Equal(["e00009", "e00008"], onlySince);
        Assert.Equal(["e00000"], onlyUntil);
    }

    [Fact]
    public async Task List_SinceAndUntil_AreInclusiveBoundsOnWhenTheEventOccurred()
    {
        var (store, _) = await CreateAsync();
        for (var i = 0; i < 10; i++)
        {
            // Received now, one second apart; occurred an hour earlier, a minute apart (and in reverse order).
            await store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("o", i), receivedAt: EventSamples.T0.AddSeconds(i),
                occurredAt: EventSamples.T0.AddHours(-1).AddMinutes(-i)));
        }

        var window = new EventListQuery { Since = EventSamples.T0.AddHours(-1).AddMinutes(-6), Until = EventSamples.T0.AddHours(-1).AddMinutes(-3), Limit = 2 };
        var ids = (await ListAllAsync(store, "tenant-a", window)).Select(e => e.EventId);
        var receivedWindow = (await ListAllAsync(store, "tenant-a", new EventListQuery { Since = EventSamples.T0.AddMinutes(-1), Until = EventSamples.T0.AddMinutes(1) })).Select(e => e.EventId);

        Assert.Equal(["o00006", "o00005", "o00004", "o00003"], ids);
        Assert.Empty(receivedWindow); // nothing occurred in the minute they were received
    }

    [Fact]
    public async Task List_TamperedOrForeignCursor_IsRejectedWithInvalidCursorException()
    {
        var (store, _) = await CreateAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("e", i), receivedAt: EventSamples.T0.AddSeconds(i)));
            await store.AppendAsync(EventSamples.Append("tenant-b", EventSamples.Id("e", i), receivedAt: EventSamples.T0.AddSeconds(i)));
        }

        var cursor = (await store.ListAsync("tenant-a", EventSamples.Query(2))).NextCursor!;
        var middle = cursor.Length / 2;
        var tampered = cursor[..middle] + (cursor[middle] == 'A' ? 'B' : 'A') + cursor[(middle + 1)..];

        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListAsync("tenant-a", EventSamples.Query(2, tampered)));
        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListAsync("tenant-a", EventSamples.Query(2, "not a cursor!")));
        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListAsync("tenant-a", EventSamples.Query(2, cursor[..10])));
        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListAsync("tenant-b", EventSamples.Query(2, cursor)));
        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListAsync("tenant-a", EventSamples.Query(2, cursor) with { EventType = "orders.paid" }));
        Assert.Equal(2, (await store.ListAsync("tenant-a", EventSamples.Query(2, cursor))).Events.Count);
    }

    [Fact]
    public async Task Append_OneMebibyteDocument_RoundTrips()
    {
        var (store, outbox) = await CreateAsync();
        var document = EventSamples.LargeDocument(1_040_000, seed: 7);
        var append = EventSamples.Append("tenant-a", "big", document: document);
        append = append with { Message = append.Message with { BodyJson = document } };

        await store.AppendAsync(append);

        Assert.Equal(document, Assert.Single((await store.ListAsync("tenant-a", EventSamples.Query())).Events).DocumentJson);
        Assert.Equal(document, Assert.Single(await outbox.ReadPendingAsync(10, EventSamples.T0)).Message.BodyJson);
    }
}
