using Azure;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

public sealed class TableTransactionTests
{
    [Fact]
    public async Task SubmitTransaction_WithExistingEntityAtIndex3_AppliesNoneAndReportsIndex3()
    {
        var table = await TableTestTables.NewTableAsync("atomic");
        await table.AddEntityAsync(new TableEntity("p", "r3") { ["Original"] = true });
        var actions = Enumerable.Range(0, 6)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "r" + i) { ["I"] = i }))
            .ToList();

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal(3, failure.FailedTransactionActionIndex);
        Assert.Equal(409, failure.Status);
        Assert.True(failure.ErrorCode == TableErrorCode.EntityAlreadyExists, failure.ErrorCode);
        var stored = await table.QueryAsync().ToListAsync();
        var only = Assert.Single(stored);
        Assert.Equal("r3", only.RowKey);
        Assert.False(only.ContainsKey("I"));
    }

    [Fact]
    public async Task SubmitTransaction_With100Adds_AppliesAllAndReturnsEachETag()
    {
        var table = await TableTestTables.NewTableAsync("hundred");
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}") { ["I"] = i }))
            .ToList();

        var results = await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, results.Count);
        Assert.All(results, result => Assert.Equal(204, result.Status));
        Assert.Equal(100, results.Select(r => r.ETag).Where(e => e != default).Count());
        var stored = await table.QueryAsync().ToListAsync();
        Assert.Equal(Enumerable.Range(0, 100), stored.Select(e => e.GetInt32("I")!.Value).Order());
        var r42 = await table.GetEntityIfExistsAsync("p", "r042");
        Assert.Equal(results[42].ETag, r42!.ETag);
    }

    [Fact]
    public async Task SubmitTransaction_WithEveryActionType_AppliesThemInOrder()
    {
        var table = await TableTestTables.NewTableAsync("mixed");
        var etagB = await table.AddEntityAsync(new TableEntity("p", "b") { ["V"] = 1, ["Keep"] = "k" });
        var etagC = await table.AddEntityAsync(new TableEntity("p", "c") { ["V"] = 1, ["Drop"] = "d" });
        await table.AddEntityAsync(new TableEntity("p", "d") { ["V"] = 1, ["Keep"] = "k" });
        await table.AddEntityAsync(new TableEntity("p", "e") { ["V"] = 1, ["Drop"] = "d" });
        await table.AddEntityAsync(new TableEntity("p", "f"));

        var results = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["V"] = 2 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "b") { ["V"] = 2 }, etagB),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "c") { ["V"] = 2 }, etagC),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "d") { ["V"] = 2 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "e") { ["V"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "f")),
        ]);

        Assert.Equal(6, results.Count);
        Assert.Equal(default, results[5].ETag);
        var stored = (await table.QueryAsync().ToListAsync()).ToDictionary(e => e.RowKey!);
        Assert.Equal(["a", "b", "c", "d", "e"], stored.Keys.Order());
        Assert.All(stored.Values, e => Assert.Equal(2, e.GetInt32("V")));
        Assert.Equal("k", stored["b"].GetString("Keep"));
        Assert.Equal("k", stored["d"].GetString("Keep"));
        Assert.False(stored["c"].ContainsKey("Drop"));
        Assert.False(stored["e"].ContainsKey("Drop"));
        Assert.Equal(results[1].ETag, stored["b"].ETag);
    }

    [Fact]
    public async Task SubmitTransaction_WithStaleETag_Throws412AtThatIndexAndAppliesNone()
    {
        var table = await TableTestTables.NewTableAsync("batchstale");
        var stale = await table.AddEntityAsync(new TableEntity("p", "b") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "b") { ["V"] = 2 });

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "b") { ["V"] = 3 }, stale),
        ]));

        Assert.Equal(412, failure.Status);
        Assert.Equal(1, failure.FailedTransactionActionIndex);
        Assert.True(failure.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied, failure.ErrorCode);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "a"));
        Assert.Equal(2, (await table.GetEntityIfExistsAsync("p", "b"))!.GetInt32("V"));
    }

    public static TheoryData<int> RejectedCounts => [0, 101];

    [Theory]
    [MemberData(nameof(RejectedCounts))]
    public async Task SubmitTransaction_WithZeroOrOver100Actions_IsRejectedClientSide(int count)
    {
        var table = await TableTestTables.NewTableAsync("count");
        var actions = Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "r" + i)))
            .ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal("actions", error.ParamName);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransaction_WithTwoPartitionKeys_IsRejectedClientSideAlthoughAzuriteWouldAccept()
    {
        var table = await TableTestTables.NewTableAsync("twopk");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p1", "r")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "r")),
        ]));

        Assert.Equal("actions", error.ParamName);
        Assert.Contains("one partition", error.Message, StringComparison.Ordinal);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransaction_WithSameRowTwiceOrUpdateWithoutETag_IsRejectedClientSide()
    {
        var table = await TableTestTables.NewTableAsync("duprow");

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "r")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "r")),
        ]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "r"))]));
    }
}
