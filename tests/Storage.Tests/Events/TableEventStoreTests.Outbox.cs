using Azure.Data.Tables;
using JobForge.Domain.Events;
using JobForge.Storage.Events;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Events;

/// <content>The outbox's storage layout: one pack row per committed batch, and per-event rows written by earlier versions.</content>
public sealed partial class TableEventStoreTests
{
    [Fact]
    public async Task Outbox_AppendsCommittedInOneBatch_ShareOnePackRowThatGoesWhenAllArePublished()
    {
        var options = NewOptions();
        var policy = new BatchRequestPolicy();
        options.MaxInFlightBatches = options.MaxInFlightBatchesPerTenant = 1;
        var store = await TableEventStores.CreateAsync(options, policy);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = policy.HoldNext(release);
        var blocker = store.AppendAsync(EventSamples.Append("tenant-a", "blocker"));
        await held;
        var queued = Enumerable.Range(0, 10)
            .Select(i => store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("n", i), clientId: i % 2 == 0, receivedAt: EventSamples.T0.AddSeconds(1).AddMilliseconds(i))))
            .ToList();
        release.SetResult();
        await blocker;
        await Task.WhenAll(queued);

        var packsAfterAppend = await OutboxRowKeysAsync(options, "p|");
        var pending = await store.ReadPendingAsync(100, EventSamples.T0.AddDays(1));
        var batch = pending.Where(e => e.Message.EventId != "blocker").ToList();
        await store.CompleteAsync(batch.Take(4).ToList());
        var packsAfterSome = await OutboxRowKeysAsync(options, "p|");
        var pendingAfterSome = await store.ReadPendingAsync(100, EventSamples.T0.AddDays(1));
        await store.CompleteAsync(batch.Skip(4).ToList());
        var packsAfterAll = await OutboxRowKeysAsync(options, "p|");

        Assert.Equal(2, packsAfterAppend.Count);
        Assert.Empty(await OutboxRowKeysAsync(options, "o|"));
        Assert.Equal(["blocker", .. Enumerable.Range(0, 10).Select(i => EventSamples.Id("n", i))], pending.Select(e => e.Message.EventId));
        Assert.Equal(new OutboxMessage("n00003", "tenant-a", "orders.created", "settler", "trace-n00003", "{\"body\":\"n00003\"}"), pending[4].Message);
        Assert.Equal(EventSamples.T0.AddSeconds(1).AddMilliseconds(3), pending[4].ReceivedAt);
        Assert.Equal(2, packsAfterSome.Count);
        Assert.Equal(["blocker", .. Enumerable.Range(4, 6).Select(i => EventSamples.Id("n", i))], pendingAfterSome.Select(e => e.Message.EventId));
        Assert.Single(packsAfterAll);
    }

    [Fact]
    public async Task Outbox_RowsWrittenOnePerEventByAnEarlierVersion_ArePublishedWithNewPacksAndDeleted()
    {
        var options = NewOptions();
        options.OutboxRowPerBatch = false; // the layout before packs: one o| row per event
        var earlier = await TableEventStores.CreateAsync(options);
        await earlier.AppendAsync(EventSamples.Append("tenant-a", "old-1", receivedAt: EventSamples.T0));
        await earlier.AppendAsync(EventSamples.Append("tenant-a", "old-2", receivedAt: EventSamples.T0.AddSeconds(2)));
        var legacyRows = await OutboxRowKeysAsync(options, "o|");
        options.OutboxRowPerBatch = true;
        var upgraded = await TableEventStores.CreateAsync(options);
        await upgraded.AppendAsync(EventSamples.Append("tenant-a", "new-1", receivedAt: EventSamples.T0.AddSeconds(1)));
        await upgraded.AppendAsync(EventSamples.Append("tenant-a", "old-1", receivedAt: EventSamples.T0.AddSeconds(3))); // duplicate of an old event

        var pending = await upgraded.ReadPendingAsync(100, EventSamples.T0.AddDays(1));
        await upgraded.CompleteAsync(pending);

        Assert.Equal(2, legacyRows.Count);
        Assert.Equal(["old-1", "new-1", "old-2"], pending.Select(e => e.Message.EventId));
        Assert.Equal(new OutboxMessage("old-2", "tenant-a", "orders.created", "settler", "trace-old-2", "{\"body\":\"old-2\"}"), pending[2].Message);
        Assert.Empty(await upgraded.ReadPendingAsync(100, EventSamples.T0.AddDays(1)));
        Assert.Empty(await OutboxRowKeysAsync(options, "o|"));
        Assert.Empty(await OutboxRowKeysAsync(options, "p|"));
    }

    [Fact]
    public async Task Outbox_PackReadBeforeItsNewestEntryIsDue_YieldsOnlyTheDueEntries()
    {
        var options = NewOptions();
        var policy = new BatchRequestPolicy();
        options.MaxInFlightBatches = options.MaxInFlightBatchesPerTenant = 1;
        var store = await TableEventStores.CreateAsync(options, policy);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = policy.HoldNext(release);
        var blocker = store.AppendAsync(EventSamples.Append("tenant-a", "blocker"));
        await held;
        var early = store.AppendAsync(EventSamples.Append("tenant-a", "early", receivedAt: EventSamples.T0.AddSeconds(1)));
        var late = store.AppendAsync(EventSamples.Append("tenant-a", "late", receivedAt: EventSamples.T0.AddSeconds(5)));
        release.SetResult();
        await Task.WhenAll(blocker, early, late);

        var due = await store.ReadPendingAsync(100, EventSamples.T0.AddSeconds(2));

        Assert.Equal(["blocker", "early"], due.Select(e => e.Message.EventId));
    }

    private static EventStoreOptions NewOptions() => new()
    {
        EventsTableName = UniqueNames.Next("ev"),
        TenantsTableName = UniqueNames.Next("evt"),
        BlobContainerName = UniqueNames.Next("evb"),
    };

    private static async Task<List<string>> OutboxRowKeysAsync(EventStoreOptions options, string prefix)
    {
        var azurite = await AzuriteInstance.Shared;
        var table = azurite.TableService().GetTableClient(options.EventsTableName);
        var keys = new List<string>();
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
