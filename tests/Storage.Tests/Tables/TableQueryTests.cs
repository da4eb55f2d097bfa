using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

public sealed class TableQueryTests
{
    private const int EntityCount = 1234;

    private static readonly Lazy<Task<TableClient>> LargeTable = new(SeedLargeTableAsync);

    [Theory]
    [InlineData(null, 2)] // Service default: 1000 per page.
    [InlineData(250, 5)]
    public async Task Query_Over1234Entities_PagesThroughContinuationReturningEachOnce(int? maxPerPage, int minimumPages)
    {
        var table = await LargeTable.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;

        await foreach (var page in table.QueryAsync(maxPerPage: maxPerPage).AsPages())
        {
            pages++;
            Assert.True(page.Values.Count <= (maxPerPage ?? TableClient.MaxPageSize));
            foreach (var entity in page.Values)
            {
                Assert.True(seen.Add(entity.PartitionKey + "/" + entity.RowKey), $"{entity.PartitionKey}/{entity.RowKey} seen twice");
            }
        }

        Assert.Equal(EntityCount, seen.Count);
        Assert.True(pages >= minimumPages, $"{pages} pages");
    }

    [Fact]
    public async Task QueryPage_WithContinuationToken_ResumesWhereThePreviousPageEnded()
    {
        var table = await LargeTable.Value;

        var first = await table.QueryPageAsync(maxPerPage: 300);
        Assert.Equal(300, first.Values.Count);
        Assert.NotNull(first.ContinuationToken);
        var second = await table.QueryPageAsync(maxPerPage: 300, continuationToken: first.ContinuationToken);
        var both = await table.QueryPageAsync(maxPerPage: 600);

        Assert.Equal(300, second.Values.Count);
        Assert.Equal(
            both.Values.Select(Key),
            first.Values.Concat(second.Values).Select(Key));
    }

    [Fact]
    public async Task Query_WithFilterAndSelect_ReturnsOnlyMatchingEntitiesAndSelectedProperties()
    {
        var table = await LargeTable.Value;

        var found = await table.QueryAsync(
            TableFilter.And(TableFilter.Equal("PartitionKey", "p03"), TableFilter.GreaterThanOrEqual("N", 390), TableFilter.Equal("Even", true)),
            ["RowKey", "N"]).ToListAsync();

        // p03 holds N = 300..399; N >= 390 and even leaves 390, 392, ..., 398.
        Assert.Equal([390, 392, 394, 396, 398], found.Select(e => e.GetInt32("N")!.Value).Order());
        Assert.All(found, entity =>
        {
            Assert.Equal($"r{entity.GetInt32("N"):D5}", entity.RowKey);
            Assert.False(entity.ContainsKey("Even"));
            Assert.False(entity.ContainsKey("Pad"));
            Assert.NotEqual(default, entity.ETag);
        });
    }

    [Fact]
    public async Task Query_WithFilterHelperOnQuotedValue_MatchesExactlyThatEntity()
    {
        var table = await TableTestTables.NewTableAsync("obrien");
        await table.SubmitTransactionAsync(
            new[] { "o'brien", "obrien", "o''brien", "o" }
                .Select(name => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", name) { ["Name"] = name }))
                .ToList());

        var byProperty = await table.QueryAsync(TableFilter.Equal("Name", "o'brien")).ToListAsync();
        var interpolated = await table.QueryAsync(TableFilter.Create($"PartitionKey eq {"p"} and RowKey eq {"o'brien"}")).ToListAsync();
        var injected = await table.QueryAsync(TableFilter.Equal("Name", "x' or Name ne 'x")).ToListAsync();

        Assert.Equal("o'brien", Assert.Single(byProperty).RowKey);
        Assert.Equal("o'brien", Assert.Single(interpolated).RowKey);
        Assert.Empty(injected);
    }

    private static string Key(TableEntity entity) => entity.PartitionKey + "/" + entity.RowKey;

    /// <summary>1,234 entities over 13 partitions (p00–p12, up to 100 each), inserted with concurrent 100-action batches.</summary>
    private static async Task<TableClient> SeedLargeTableAsync()
    {
        var table = await TableTestTables.NewTableAsync("large");
        var batches = Enumerable.Range(0, EntityCount)
            .GroupBy(i => i / 100)
            .Select(group => group
                .Select(i => new TableTransactionAction(
                    TableTransactionActionType.Add,
                    new TableEntity($"p{i / 100:D2}", $"r{i:D5}") { ["N"] = i, ["Even"] = i % 2 == 0, ["Pad"] = "x" }))
                .ToList());
        await Task.WhenAll(batches.Select(batch => table.SubmitTransactionAsync(batch)));
        return table;
    }
}
