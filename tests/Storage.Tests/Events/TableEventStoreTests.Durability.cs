using Azure;
using Azure.Storage.Blobs;
using JobForge.Storage.Events;
using Azure.Data.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Events;

/// <content>What only the table store can show: restarts, oversized documents in blobs, and failed batches.</content>
public sealed partial class TableEventStoreTests
{
    [Fact]
    public async Task Append_DuplicateSentToAnotherServer_IsStillADuplicate()
    {
        var options = new EventStoreOptions { EventsTableName = UniqueNames.Next("ev"), TenantsTableName = UniqueNames.Next("evt"), BlobContainerName = UniqueNames.Next("evb") };
        var first = await TableEventStores.CreateAsync(options);
        var second = await TableEventStores.CreateAsync(options);
        await first.AppendAsync(EventSamples.Append("tenant-a", "evt-1"));

        var result = await second.AppendAsync(EventSamples.Append("tenant-a", "evt-1", receivedAt: EventSamples.T0.AddHours(1)));

        Assert.Equal(new Domain.Events.EventReceipt("evt-1", "trace-evt-1", EventSamples.T0, Duplicate: true), result.Receipt);
        Assert.Single((await second.ListAsync("tenant-a", EventSamples.Query())).Events);
    }

    [Fact]
    public async Task Append_DocumentOverTheInlineBudget_IsKeptInABlobAndDeletedWithItsEvent()
    {
        var options = new EventStoreOptions
        {
            EventsTableName = UniqueNames.Next("ev"),
            TenantsTableName = UniqueNames.Next("evt"),
            BlobContainerName = UniqueNames.Next("evb"),
            MaxInlineCompressedBytes = 50_000,
        };
        var store = await TableEventStores.CreateAsync(options);
        var document = EventSamples.LargeDocument(1_000_000, seed: 3);
        var append = EventSamples.Append("tenant-a", "big", expiresAt: EventSamples.T0.AddDays(1), document: document);
        append = append with { Message = append.Message with { BodyJson = document } };
        var container = await ContainerAsync(options.BlobContainerName);

        await store.AppendAsync(append);
        var stored = Assert.Single((await store.ListAsync("tenant-a", EventSamples.Query())).Events);
        var pending = Assert.Single(await store.ReadPendingAsync(10, EventSamples.T0));
        var blobsWhileStored = await BlobCountAsync(container);
        await store.CompleteAsync([pending]);
        await store.DeleteExpiredAsync(EventSamples.T0.AddDays(2), 10);

        Assert.Equal(document, stored.DocumentJson);
        Assert.Equal(document, pending.Message.BodyJson);
        Assert.Equal(2, blobsWhileStored);
        Assert.Equal(0, await BlobCountAsync(container));
    }

    [Fact]
    public async Task Append_WhenTheBatchFails_FailsItsCallersOnlyAndTheStoreKeepsWorking()
    {
        var options = new EventStoreOptions { EventsTableName = UniqueNames.Next("ev"), TenantsTableName = UniqueNames.Next("evt"), BlobContainerName = UniqueNames.Next("evb") };
        var store = await TableEventStores.CreateAsync(options);
        await store.AppendAsync(EventSamples.Append("tenant-a", "before"));
        var azurite = await AzuriteInstance.Shared;
        var tables = azurite.TableService();
        await tables.DeleteTableAsync(options.EventsTableName);

        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Record.ExceptionAsync(() =>
            store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("x", i), receivedAt: EventSamples.T0.AddSeconds(i + 1))))));
        await tables.CreateTableIfNotExistsAsync(options.EventsTableName);
        var after = await store.AppendAsync(EventSamples.Append("tenant-a", "x00000", receivedAt: EventSamples.T0.AddSeconds(1)));

        Assert.All(failures, f => Assert.Equal(404, Assert.IsAssignableFrom<RequestFailedException>(f).Status));
        Assert.False(after.Receipt.Duplicate);
        Assert.Equal("x00000", Assert.Single((await store.ListAsync("tenant-a", EventSamples.Query())).Events).EventId);
    }

    private static async Task<BlobContainerClient> ContainerAsync(string name)
    {
        var azurite = await AzuriteInstance.Shared;
        return azurite.BlobService().GetBlobContainerClient(name);
    }

    private static async Task<int> BlobCountAsync(BlobContainerClient container)
    {
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }
}
