using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Tables;

/// <summary>
/// A combined transaction that fails after the SDK's retries (an <see cref="AggregateException"/>, as when storage is
/// unreachable) must still answer every write queued in it. Found by the chaos outage run: the batcher let that
/// exception escape, the writes of the batch were never settled, and their callers (run creation for event-trigger
/// fires) waited for ever, so no event trigger fired after the outage.
/// </summary>
public sealed class TablePartitionBatcherOutageTests
{
    [Fact]
    public async Task CombinedTransactionFailingAfterRetries_EveryQueuedWriteStillGetsItsAnswer()
    {
        var azurite = await AzuriteInstance.Shared;
        var plain = azurite.TableService().GetTableClient(UniqueNames.Next("outage"));
        await plain.CreateIfNotExistsAsync();
        var hold = new HoldingPolicy();
        var table = azurite.TableService(maxRetries: 1, hold, new BatchesUnreachablePolicy()).GetTableClient(plain.Name);
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        static TableTransactionAction Insert(int i) => new(TableTransactionActionType.Add, new TableEntity("p", $"r{i}") { ["V"] = i });

        var first = batcher.WriteAsync(Insert(0));
        await hold.FirstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the partition's one request is out and held
        var queued = Enumerable.Range(1, 5).Select(i => batcher.WriteAsync(Insert(i))).ToList(); // one combined transaction next
        hold.Release();

        var results = await Task.WhenAll(queued.Prepend(first)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.All(results, result => Assert.True(result.Succeeded)); // written one by one after the batch failed
        Assert.Equal(6, plain.Query<TableEntity>().Count());
    }

    /// <summary>Every entity group transaction fails in transport, attempt after attempt: the SDK ends with an AggregateException.</summary>
    private sealed class BatchesUnreachablePolicy : HttpPipelinePolicy
    {
        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
                ? ValueTask.FromException(new IOException("Connection refused (test)."))
                : ProcessNextAsync(message, pipeline);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
    }
}
