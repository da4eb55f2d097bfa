using JobForge.Domain.Events;

namespace JobForge.Storage.Tests.Events;

/// <summary>
/// The contract of <see cref="IEventStore"/> and <see cref="IEventOutbox"/>, written once and run against the in-memory
/// store and the Azurite-backed table store. Each test gets a fresh, isolated store.
/// </summary>
public abstract partial class EventStoreConformanceTests
{
    /// <summary>A fresh store; the same object serves both ports.</summary>
    protected abstract Task<(IEventStore Store, IEventOutbox Outbox)> CreateAsync();

    /// <summary>Every event of <paramref name="tenantId"/> matching <paramref name="query"/>, page by page.</summary>
    protected static async Task<List<StoredEvent>> ListAllAsync(IEventStore store, string tenantId, EventListQuery query)
    {
        var all = new List<StoredEvent>();
        var cursor = (string?)null;
        var pages = 0;
        do
        {
            var page = await store.ListAsync(tenantId, query with { Cursor = cursor });
            Assert.True(page.Events.Count <= query.Limit);
            all.AddRange(page.Events);
            cursor = page.NextCursor;
            Assert.True(++pages < 1000, "listing did not end");
        }
        while (cursor is not null);
        return all;
    }

    [Fact]
    public async Task Append_ThenList_ReturnsTheStoredEvent()
    {
        var (store, _) = await CreateAsync();
        var append = EventSamples.Append("tenant-a", "evt-1", sourceModule: "ops", projectId: "proj.1");

        var result = await store.AppendAsync(append);
        var page = await store.ListAsync("tenant-a", EventSamples.Query());

        Assert.Equal(new EventReceipt("evt-1", "trace-evt-1", EventSamples.T0, Duplicate: false), result.Receipt);
        Assert.Equal(append.Event, Assert.Single(page.Events));
        Assert.Null(page.NextCursor);
        Assert.Empty((await store.ListAsync("tenant-b", EventSamples.Query())).Events);
    }

    [Fact]
    public async Task Append_DuplicateClientId_ReturnsOriginalReceiptAndStoresNothingNew()
    {
        var (store, outbox) = await CreateAsync();
        await store.AppendAsync(EventSamples.Append("tenant-a", "evt-1"));

        var retry = EventSamples.Append("tenant-a", "evt-1", receivedAt: EventSamples.T0.AddMinutes(5), document: "{\"other\":true}");
        var result = await store.AppendAsync(retry);

        Assert.Equal(new EventReceipt("evt-1", "trace-evt-1", EventSamples.T0, Duplicate: true), result.Receipt);
        var listed = Assert.Single((await store.ListAsync("tenant-a", EventSamples.Query())).Events);
        Assert.Equal(EventSamples.T0, listed.ReceivedAt);
        Assert.Single(await outbox.ReadPendingAsync(100, EventSamples.T0.AddDays(1)));
    }

    [Fact]
    public async Task Append_SameClientIdOtherTypeOrTenant_IsNotADuplicate()
    {
        var (store, _) = await CreateAsync();
        await store.AppendAsync(EventSamples.Append("tenant-a", "evt-1"));

        var otherType = await store.AppendAsync(EventSamples.Append("tenant-a", "evt-1", eventType: "orders.paid", receivedAt: EventSamples.T0.AddSeconds(1)));
        var otherTenant = await store.AppendAsync(EventSamples.Append("tenant-b", "evt-1"));

        Assert.False(otherType.Receipt.Duplicate);
        Assert.False(otherTenant.Receipt.Duplicate);
        Assert.Equal(2, (await store.ListAsync("tenant-a", EventSamples.Query())).Events.Count);
    }

    [Fact]
    public async Task Append_GeneratedIds_NeverDedupe()
    {
        var (store, _) = await CreateAsync();

        var first = await store.AppendAsync(EventSamples.Append("tenant-a", "gen-1", clientId: false));
        var second = await store.AppendAsync(EventSamples.Append("tenant-a", "gen-1", clientId: false, receivedAt: EventSamples.T0.AddMilliseconds(1)));

        Assert.False(first.Receipt.Duplicate);
        Assert.False(second.Receipt.Duplicate);
        Assert.Equal(2, (await store.ListAsync("tenant-a", EventSamples.Query())).Events.Count);
    }

    [Theory]
    [InlineData("bad/tenant", "evt-1", "orders.created")]
    [InlineData("tenant-a", "evt#1", "orders.created")]
    [InlineData("tenant-a", "evt-1", "Orders.Created")]
    [InlineData("", "evt-1", "orders.created")]
    public async Task Append_KeyThatCannotBeStored_IsRejectedAloneWithArgumentException(string tenantId, string eventId, string eventType)
    {
        var (store, _) = await CreateAsync();
        var good = store.AppendAsync(EventSamples.Append("tenant-a", "good"));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AppendAsync(EventSamples.Append(tenantId, eventId, eventType: eventType)));

        Assert.False((await good).Receipt.Duplicate);
        Assert.Single((await store.ListAsync("tenant-a", EventSamples.Query())).Events);
    }
}
