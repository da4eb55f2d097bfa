using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Tables;

/// <summary>
/// A write whose first attempt landed but whose answer was lost: Azure.Core retries it, and the retry meets 409 (an add)
/// or 412 (a conditional update) on the batcher's own row. The batcher must answer it as applied, with the stored ETag,
/// and still report a conflict with another writer's row as a conflict.
/// </summary>
public sealed class TablePartitionBatcherLostAnswerTests
{
    private static readonly RequestMethod Merge = new("MERGE");

    private static async Task<(TableClient Plain, TableClient Faulty)> TablesAsync(params HttpPipelinePolicy[] policies)
    {
        var azurite = await AzuriteInstance.Shared;
        var plain = azurite.TableService().GetTableClient(UniqueNames.Next("lostanswer"));
        await plain.CreateIfNotExistsAsync();
        return (plain, azurite.TableService(maxRetries: 1, policies).GetTableClient(plain.Name));
    }

    private static async Task<ETag> StoredETagAsync(TableClient table, string rowKey) => (await table.FindEntityAsync("p", rowKey))!.ETag;

    [Fact]
    public async Task WriteAsync_AnAddWhoseAnswerIsLostAndRetried_SucceedsWithTheStoredETag()
    {
        var lost = new LostAnswerPolicy();
        var (plain, table) = await TablesAsync(lost);
        var batcher = new TablePartitionBatcher(table);
        lost.Arm();

        var result = await batcher.WriteAsync(new(TableTransactionActionType.Add, new TableEntity("p", "decision") { ["Decision"] = "fired", ["Count"] = 1 }));

        Assert.True(lost.Fired); // the insert landed, its answer was lost, the retry met 409
        Assert.True(result.Succeeded, $"reported {result.Status}");
        Assert.Equal(await StoredETagAsync(plain, "decision"), result.ETag);
    }

    [Theory]
    [InlineData(TableTransactionActionType.UpdateReplace)]
    [InlineData(TableTransactionActionType.UpdateMerge)]
    public async Task WriteAsync_AConditionalUpdateWhoseAnswerIsLostAndRetried_SucceedsWithTheStoredETag(TableTransactionActionType update)
    {
        var lost = new LostAnswerPolicy(RequestMethod.Put, RequestMethod.Patch, Merge);
        var (plain, table) = await TablesAsync(lost);
        var read = await plain.InsertEntityAsync(new TableEntity("p", "counters") { ["CountInHour"] = 1, ["LastFireIdentity"] = "fire-1" });
        var batcher = new TablePartitionBatcher(table);
        lost.Arm();

        var result = await batcher.WriteAsync(new(update, new TableEntity("p", "counters") { ["CountInHour"] = 2, ["LastFireIdentity"] = "fire-2" }, read));

        Assert.True(lost.Fired); // the update landed, its answer was lost, the retry met 412 (the ETag had moved)
        Assert.True(result.Succeeded, $"reported {result.Status}");
        Assert.Equal(await StoredETagAsync(plain, "counters"), result.ETag);
        var next = await batcher.WriteAsync(new(update, new TableEntity("p", "counters") { ["CountInHour"] = 3, ["LastFireIdentity"] = "fire-3" }, result.ETag));
        Assert.True(next.Succeeded); // the version handed back is the one stored
    }

    [Fact]
    public async Task WriteAsync_ACombinedTransactionWhoseAnswerIsLostAndRetried_AnswersEveryWriteAndGroupAsApplied()
    {
        var hold = new HoldingPolicy();
        var lost = new LostAnswerPolicy(); // POST: the entity group transaction
        var (plain, table) = await TablesAsync(hold, lost);
        var counters = await plain.InsertEntityAsync(new TableEntity("p", "counters") { ["CountInHour"] = 1 });
        var run = await plain.InsertEntityAsync(new TableEntity("p", "run") { ["Status"] = "running", ["LeaseOwner"] = "a" });
        await plain.AddEntityAsync(new TableEntity("p", "gone"));
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        var first = batcher.WriteAsync(new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "work") { ["Due"] = 1 })); // a PUT: not lost
        await hold.FirstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the partition's one request is out and held
        lost.Arm();
        var writes = new[]
        {
            batcher.WriteAsync(new(TableTransactionActionType.Add, new TableEntity("p", "decision") { ["Decision"] = "fired" })),
            batcher.WriteAsync(new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "counters") { ["CountInHour"] = 2 }, counters)),
            batcher.WriteAsync(new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "run") { ["LeaseOwner"] = "b" }, run)),
            batcher.WriteAsync(new(TableTransactionActionType.Delete, new TableEntity("p", "gone"), ETag.All)),
        };
        var group = batcher.WriteGroupAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "claim") { ["RunId"] = "run-1" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "run-1") { ["Status"] = "queued" }),
        ]);
        hold.Release();

        Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(60))).Succeeded);
        var results = await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(60));
        var grouped = await group.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(lost.Fired); // the combined transaction landed, its answer was lost, the retry met 409 on "decision"
        Assert.All(results, result => Assert.True(result.Succeeded, $"reported {result.Status}"));
        Assert.Equal(
            [await StoredETagAsync(plain, "decision"), await StoredETagAsync(plain, "counters"), await StoredETagAsync(plain, "run"), default],
            results.Select(result => result.ETag));
        Assert.Equal(
            [await StoredETagAsync(plain, "claim"), await StoredETagAsync(plain, "run-1")],
            grouped.Select(TableClientOperations.ETagOf));
        Assert.All(grouped, response => Assert.Equal(204, response.Status));
    }

    [Theory]
    [InlineData(false)] // its own values
    [InlineData(true)]  // the same values and a property of its own
    public async Task WriteAsync_AnAddMeetingAnotherWritersRow_IsStillAConflict(bool sameValuesAndMore)
    {
        var (plain, table) = await TablesAsync();
        var theirs = sameValuesAndMore ? new TableEntity("p", "r") { ["V"] = 1, ["Extra"] = "theirs" } : new TableEntity("p", "r") { ["V"] = 2 };
        await plain.AddEntityAsync(theirs);
        var batcher = new TablePartitionBatcher(table);

        var result = await batcher.WriteAsync(new(TableTransactionActionType.Add, new TableEntity("p", "r") { ["V"] = 1 }));

        Assert.Equal((false, 409), (result.Succeeded, result.Status));
    }

    [Theory]
    [InlineData(TableTransactionActionType.UpdateReplace)]
    [InlineData(TableTransactionActionType.UpdateMerge)]
    public async Task WriteAsync_AConditionalUpdateAfterAnotherWritersChange_IsStillAConflict(TableTransactionActionType update)
    {
        var (plain, table) = await TablesAsync();
        var read = await plain.InsertEntityAsync(new TableEntity("p", "counters") { ["CountInHour"] = 1, ["LastFireIdentity"] = "fire-1" });
        await plain.UpdateEntityForETagAsync(new TableEntity("p", "counters") { ["CountInHour"] = 2, ["LastFireIdentity"] = "fire-other" }, read, TableUpdateMode.Replace);
        var batcher = new TablePartitionBatcher(table);

        var result = await batcher.WriteAsync(new(update, new TableEntity("p", "counters") { ["CountInHour"] = 2, ["LastFireIdentity"] = "fire-mine" }, read));

        Assert.Equal((false, 412), (result.Succeeded, result.Status));
        Assert.Equal("fire-other", (await plain.FindEntityAsync("p", "counters"))!.GetString("LastFireIdentity"));
    }

    [Fact]
    public async Task WriteAsync_InACombinedTransaction_AConflictWithAnotherWritersRowFailsOnlyThatWrite()
    {
        var hold = new HoldingPolicy();
        var (plain, table) = await TablesAsync(hold);
        await plain.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = -1 });
        var batcher = new TablePartitionBatcher(table, maxInFlightPerPartition: 1);
        var first = batcher.WriteAsync(new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "work") { ["V"] = 0 }));
        await hold.FirstArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var writes = new[] { "mine-1", "taken", "mine-2" }
            .Select(row => batcher.WriteAsync(new(TableTransactionActionType.Add, new TableEntity("p", row) { ["V"] = 1 }))).ToList();
        hold.Release();

        await first.WaitAsync(TimeSpan.FromSeconds(60));
        var results = await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal([(true, 204), (false, 409), (true, 204)], results.Select(result => (result.Succeeded, result.Status)));
        Assert.Equal(-1, (await plain.FindEntityAsync("p", "taken"))!.GetInt32("V"));
    }
}
