using JobForge.Storage.Events;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Storage.Tests.Events;

/// <content>
/// A batch whose answer is lost after it landed: Azure.Core retries the transaction and meets 409 on its own rows. The
/// soak found this as five 500s on POST /api/v1/events while Azurite answered in 30+ s.
/// </content>
public sealed partial class TableEventStoreTests
{
    [Theory]
    [InlineData(true, true)]   // client event id (a dedupe row first), messages packed per batch
    [InlineData(false, true)]  // generated event id, packed
    [InlineData(false, false)] // generated event id, an outbox row per event
    public async Task Append_WhenTheBatchsAnswerIsLostAndTheSdkRetries_IsAcceptedOnce(bool clientId, bool packed)
    {
        var lostAnswer = new LostAnswerPolicy();
        var azurite = await AzuriteInstance.Shared;
        var options = new EventStoreOptions
        {
            EventsTableName = UniqueNames.Next("ev"),
            TenantsTableName = UniqueNames.Next("evt"),
            BlobContainerName = UniqueNames.Next("evb"),
            OutboxRowPerBatch = packed,
        };
        var store = new TableEventStore(azurite.TableService(maxRetries: 1, lostAnswer), azurite.BlobService(), options, NullLogger<TableEventStore>.Instance);
        await store.AppendAsync(EventSamples.Append("tenant-a", "warm-up", clientId)); // tables created, nothing armed
        lostAnswer.Arm();

        var result = await store.AppendAsync(EventSamples.Append("tenant-a", "evt-lost", clientId, receivedAt: EventSamples.T0.AddSeconds(1)));

        Assert.True(lostAnswer.Fired); // the batch landed, its answer was lost, the retry met 409
        Assert.Equal(("evt-lost", false), (result.Receipt.EventId, result.Receipt.Duplicate));
        var stored = (await store.ListAsync("tenant-a", EventSamples.Query())).Events;
        Assert.Single(stored, e => e.EventId == "evt-lost");
        var pending = await store.ReadPendingAsync(10, EventSamples.T0.AddMinutes(1));
        Assert.Single(pending, p => p.Message.EventId == "evt-lost");
    }
}
