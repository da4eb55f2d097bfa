using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Tables;

/// <summary>Our shapes over the official TableClient, against Azurite: what we enforce before sending and what we read back.</summary>
public sealed class TableClientOperationsTests
{
    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _requests);
    }

    private static async Task<(TableClient Table, RequestCounter Counter)> TableAsync()
    {
        var counter = new RequestCounter();
        var table = (await AzuriteInstance.Shared).TableService(maxRetries: 0, counter).GetTableClient(UniqueNames.Next("ops"));
        await table.CreateIfNotExistsAsync();
        return (table, counter);
    }

    private static TableTransactionAction Add(string partition, string row) =>
        new(TableTransactionActionType.Add, new TableEntity(partition, row) { ["V"] = 1 });

    [Fact]
    public async Task SubmitPartitionTransaction_With101Actions_IsRefusedBeforeSending()
    {
        var (table, counter) = await TableAsync();
        var before = counter.Requests;

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            table.SubmitPartitionTransactionAsync(Enumerable.Range(0, 101).Select(i => Add("p", "r" + i)).ToList()));

        Assert.Contains("1 to 100", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, counter.Requests);
    }

    [Fact]
    public async Task SubmitPartitionTransaction_AcrossPartitions_IsRefusedBeforeSending()
    {
        var (table, counter) = await TableAsync();
        var before = counter.Requests;

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitPartitionTransactionAsync([Add("p1", "r"), Add("p2", "r")]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitPartitionTransactionAsync([Add("p", "r"), Add("p", "r")]));

        Assert.Equal(before, counter.Requests);
        Assert.Null(await table.FindEntityAsync("p1", "r"));
    }

    [Fact]
    public async Task SubmitPartitionTransaction_WithAnExistingEntity_NamesTheFailingIndexAndAppliesNothing()
    {
        var (table, _) = await TableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r2"));

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() =>
            table.SubmitPartitionTransactionAsync([Add("p", "r0"), Add("p", "r1"), Add("p", "r2"), Add("p", "r3")]));

        Assert.Equal(2, failed.FailedTransactionActionIndex);
        Assert.Equal(409, failed.Status);
        Assert.Null(await table.FindEntityAsync("p", "r0"));
    }

    [Fact]
    public async Task IsStoredAsSent_IsTrueOnlyForTheRowExactlyAsSent()
    {
        var (table, _) = await TableAsync();
        var at = new DateTimeOffset(2026, 12, 6, 1, 2, 3, TimeSpan.Zero);
        var sent = new TableEntity("p", "r") { ["Text"] = "a", ["Count"] = 7L, ["Small"] = 3, ["At"] = at, ["Bytes"] = new byte[] { 1, 2 }, ["Missing"] = null };
        await table.AddEntityAsync(sent);

        Assert.True(await table.IsStoredAsSentAsync(sent));
        Assert.False(await table.IsStoredAsSentAsync(new TableEntity("p", "r") { ["Text"] = "b", ["Count"] = 7L })); // another writer's row
        Assert.False(await table.IsStoredAsSentAsync(new TableEntity("p", "r") { ["Text"] = "a", ["Extra"] = "x" }));
        Assert.False(await table.IsStoredAsSentAsync(new TableEntity("p", "r") { ["Text"] = "a", ["Count"] = null }));
        Assert.False(await table.IsStoredAsSentAsync(new TableEntity("p", "absent") { ["Text"] = "a" }));
    }

    [Fact]
    public async Task SubmitPartitionTransaction_Succeeding_ReturnsEachActionsETag()
    {
        var (table, _) = await TableAsync();

        var results = await table.SubmitPartitionTransactionAsync([Add("p", "a"), Add("p", "b")]);

        Assert.Equal(2, results.Count);
        Assert.Equal((await table.FindEntityAsync("p", "b"))!.ETag, TableClientOperations.ETagOf(results[1]));
    }

    [Fact]
    public async Task ConditionalWrites_WithAStaleETag_Are412AndDeleteOfAbsentIsFalse()
    {
        var (table, _) = await TableAsync();
        var first = await table.InsertEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        var second = await table.UpdateEntityForETagAsync(new TableEntity("p", "r") { ["V"] = 2 }, first, TableUpdateMode.Replace);

        var stale = await Assert.ThrowsAsync<RequestFailedException>(() =>
            table.UpdateEntityForETagAsync(new TableEntity("p", "r") { ["V"] = 3 }, first, TableUpdateMode.Replace));
        var duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => table.InsertEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(412, stale.Status);
        Assert.Equal(409, duplicate.Status);
        Assert.NotEqual(first, second);
        Assert.Equal(2, (await table.FindEntityAsync("p", "r"))!.GetInt32("V"));
        Assert.True(await table.DeleteEntityIfExistsAsync("p", "r", second));
        Assert.False(await table.DeleteEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task QueryPage_FollowsTheSdkContinuationTokenToTheEnd()
    {
        var (table, _) = await TableAsync();
        await table.SubmitPartitionTransactionAsync(Enumerable.Range(0, 25).Select(i => Add("p", $"r{i:D2}")).ToList());

        var rows = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await table.QueryPageAsync(TableFilter.Equal("PartitionKey", "p"), maxPerPage: 10, continuationToken: token);
            rows.AddRange(page.Values.Select(e => e.RowKey));
            token = page.ContinuationToken;
            pages++;
            Assert.True(token is null || TableClientOperations.IsContinuationToken(token), token);
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"r{i:D2}"), rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage!")]
    [InlineData("YSBiIGM")] // "a b c" encoded: three parts
    [InlineData("IGE")] // " a" encoded: no partition key
    public async Task QueryPage_WithAForeignToken_IsRefusedBeforeSending(string token)
    {
        var (table, counter) = await TableAsync();
        var before = counter.Requests;

        Assert.False(TableClientOperations.IsContinuationToken(token));
        await Assert.ThrowsAsync<ArgumentException>(() => table.QueryPageAsync(continuationToken: token));
        Assert.Equal(before, counter.Requests);
    }

    [Fact]
    public async Task EnsureExists_ManyConcurrentCallers_CreateTheTableWithOneRequest()
    {
        var counter = new RequestCounter();
        var table = (await AzuriteInstance.Shared).TableService(policies: counter).GetTableClient(UniqueNames.Next("ensure"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => table.EnsureExistsAsync()));
        await table.EnsureExistsAsync();

        Assert.Equal(1, counter.Requests);
        await table.AddEntityAsync(new TableEntity("p", "r"));
    }
}
