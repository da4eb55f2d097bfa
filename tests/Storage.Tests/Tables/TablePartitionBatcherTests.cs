using Azure;
using Azure.Data.Tables;
using JobForge.Storage.Diagnostics;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Tables;

/// <summary>Group commit against Azurite: fewer requests than writes, and a stale ETag fails only its own write.</summary>
public sealed class TablePartitionBatcherTests
{
    private sealed class Counter : IStorageRequestObserver
    {
        public int Requests;

        public void OnRequest(string method, Uri uri) => Interlocked.Increment(ref Requests);
    }

    private static async Task<(TableClient Table, Counter Counter)> TableAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        var counter = new Counter();
        var table = azurite.TableService(policies: new StorageRequestObserverPolicy(counter)).GetTableClient(UniqueNames.Next("batched"));
        await table.CreateIfNotExistsAsync();
        return (table, counter);
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWritesToOnePartition_AreAppliedWithFewerRequests()
    {
        var (table, counter) = await TableAsync();
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        var before = counter.Requests;

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            batcher.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i:D3}") { ["V"] = i }))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.All(results, r => Assert.NotEqual(default, r.ETag));
        Assert.True(counter.Requests - before <= 20, $"{counter.Requests - before} requests for 200 writes");
        var stored = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            stored.Add(entity);
        }

        Assert.Equal(200, stored.Count);
    }

    [Fact]
    public async Task WriteAsync_AStaleETagInABatch_FailsOnlyThatWrite()
    {
        var (table, _) = await TableAsync();
        var fresh = await table.InsertEntityAsync(new TableEntity("p", "fresh") { ["V"] = 1 });
        var staleBase = await table.InsertEntityAsync(new TableEntity("p", "stale") { ["V"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "stale") { ["V"] = 2 }, staleBase); // moves its ETag on
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);

        var writes = new[]
        {
            batcher.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", "fresh") { ["V"] = 10 }, fresh)),
            batcher.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("p", "stale") { ["V"] = 10 }, staleBase)),
            batcher.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "new") { ["V"] = 10 })),
            batcher.WriteAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("p", "absent"), ETag.All)),
        };
        var results = await Task.WhenAll(writes);

        Assert.True(results[0].Succeeded);
        Assert.False(results[1].Succeeded);
        Assert.Equal(412, results[1].Status);
        Assert.True(results[2].Succeeded);
        Assert.True(results[3].Succeeded); // deleting what is absent is done
        Assert.Equal(10, (await table.FindEntityAsync("p", "fresh"))!.GetInt32("V"));
        Assert.Equal(2, (await table.FindEntityAsync("p", "stale"))!.GetInt32("V"));
    }

    [Fact]
    public async Task Backlog_WritesQueuedBehindABusyPartition_AreCountedAndTheOldestIsTimed()
    {
        var azurite = await AzuriteInstance.Shared;
        var plain = azurite.TableService().GetTableClient(UniqueNames.Next("backlog"));
        await plain.CreateIfNotExistsAsync();
        var hold = new HoldingPolicy();
        var table = azurite.TableService(policies: hold).GetTableClient(plain.Name);
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        TableTransactionAction Write(string partition, int i) =>
            new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"r{i}") { ["V"] = i });

        Assert.Equal(default, batcher.Backlog("p"));
        var first = batcher.WriteAsync(Write("p", 0));
        await hold.FirstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the partition's one request is out and held
        var queued = new[] { batcher.WriteAsync(Write("p", 1)), batcher.WriteAsync(Write("p", 2)) };

        var backlog = batcher.Backlog("p");
        Assert.Equal(2, backlog.Pending);
        Assert.True(backlog.OldestWait > TimeSpan.Zero);
        Assert.Equal(2, batcher.PendingCount);
        Assert.Equal(default, batcher.Backlog("other"));

        hold.Release();
        Assert.All(await Task.WhenAll(queued.Prepend(first)), result => Assert.True(result.Succeeded));
        Assert.Equal(default, batcher.Backlog("p"));
        Assert.Equal(0, batcher.PendingCount);
    }

    private static TableTransactionAction[] Pair(int i) =>
    [
        new(TableTransactionActionType.Add, new TableEntity("p", $"c{i:D3}") { ["V"] = i }),
        new(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["V"] = i }),
    ];

    [Fact]
    public async Task WriteGroupAsync_ManyConcurrentGroups_AreCommittedWholeInFewerRequests()
    {
        var (table, counter) = await TableAsync();
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        var before = counter.Requests;

        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => batcher.WriteGroupAsync(Pair(i))));

        Assert.All(results, r => Assert.Equal(2, r.Count));
        Assert.All(results, r => Assert.All(r, response => Assert.Equal(204, response.Status)));
        Assert.True(counter.Requests - before <= 10, $"{counter.Requests - before} requests for 60 groups");
        var stored = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>())
        {
            stored++;
        }

        Assert.Equal(120, stored);
    }

    [Theory]
    [InlineData("c", 0)]
    [InlineData("r", 1)]
    public async Task WriteGroupAsync_OneGroupRefusedInACombinedTransaction_FailsAloneAsItsOwnTransactionWould_AndTheOthersAreWritten(string takenRow, int failedIndex)
    {
        var (table, counter) = await TableAsync();
        await table.AddEntityAsync(new TableEntity("p", $"{takenRow}007") { ["V"] = -1 });
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        var before = counter.Requests;

        var writes = Enumerable.Range(0, 20).Select(i => batcher.WriteGroupAsync(Pair(i))).ToList();
        var refused = await Assert.ThrowsAsync<TableTransactionFailedException>(() => writes[7]);
        await Task.WhenAll(writes.Where((_, i) => i != 7));
        var requests = counter.Requests - before;

        Assert.Equal(409, refused.Status);
        Assert.Equal(failedIndex, refused.FailedTransactionActionIndex);
        foreach (var (write, i) in writes.Select((w, i) => (w, i)).Where(p => p.i != 7))
        {
            Assert.Equal(2, (await write).Count);
            Assert.NotNull(await table.FindEntityAsync("p", $"r{i:D3}"));
        }

        var otherRow = takenRow == "c" ? "r007" : "c007";
        Assert.Null(await table.FindEntityAsync("p", otherRow)); // the refused group wrote nothing
        Assert.True(requests < 20, $"{requests} requests for 20 groups");
    }
}
