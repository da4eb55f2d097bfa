using Azure;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

public sealed class TableEntityTests
{
    [Fact]
    public async Task AddThenGet_WithEveryEdmType_RoundTripsValuesAndTypes()
    {
        var table = await TableTestTables.NewTableAsync("edm");
        var when = new DateTimeOffset(2024, 2, 29, 23, 59, 58, TimeSpan.FromHours(2)).AddTicks(1234567); // sub-ms: 7 digits
        var id = Guid.NewGuid();
        var bytes = new byte[] { 0, 1, 2, 254, 255 };
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "héllo \"world\" 'q'",
            ["Int"] = -42,
            ["Long"] = (1L << 53) + 1,
            ["Double"] = 3.25,
            ["WholeDouble"] = 1.0,
            ["Flag"] = true,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = bytes,
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityIfExistsAsync("p", "r");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.NotEqual(default, etag);
        Assert.Equal("p", read.PartitionKey);
        Assert.Equal("r", read.RowKey);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("héllo \"world\" 'q'", read.GetString("Text"));
        Assert.Equal(-42, Assert.IsType<int>(read["Int"]));
        Assert.Equal((1L << 53) + 1, Assert.IsType<long>(read["Long"]));
        Assert.Equal(3.25, Assert.IsType<double>(read["Double"]));
        Assert.Equal(1.0, Assert.IsType<double>(read["WholeDouble"]));
        Assert.True(Assert.IsType<bool>(read["Flag"]));
        var readWhen = Assert.IsType<DateTimeOffset>(read["When"]);
        Assert.Equal(when.UtcTicks, readWhen.UtcTicks);
        Assert.Equal(TimeSpan.Zero, readWhen.Offset);
        Assert.Equal(id, read.GetGuid("Id"));
        Assert.Equal(bytes, read.GetBinary("Bytes"));
        Assert.Equal((1L << 53) + 1, read.GetInt64("Long"));
        Assert.Equal(-42L, read.GetInt64("Int"));
        Assert.Equal(when, read.GetDateTimeOffset("When"));
        Assert.Equal(12, read.Count); // 9 properties + PartitionKey, RowKey, Timestamp.
    }

    [Fact]
    public async Task GetEntityIfExists_WhenMissing_ReturnsNull()
    {
        var table = await TableTestTables.NewTableAsync("missing");

        Assert.Null(await table.GetEntityIfExistsAsync("p", "nothing"));
    }

    [Fact]
    public async Task GetEntityIfExists_WhenTableMissing_ThrowsTableNotFound()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(TestKit.UniqueNames.Next("notable"));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(404, failure.Status);
        Assert.True(failure.ErrorCode == TableErrorCode.TableNotFound, failure.ErrorCode);
    }

    [Fact]
    public async Task AddEntity_WhenKeysTaken_Throws409EntityAlreadyExists()
    {
        var table = await TableTestTables.NewTableAsync("dup");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }));

        Assert.Equal(409, failure.Status);
        Assert.True(failure.ErrorCode == TableErrorCode.EntityAlreadyExists, failure.ErrorCode);
        Assert.Equal(1, (await table.GetEntityIfExistsAsync("p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task GetEntityIfExists_WithSelect_ReturnsOnlySelectedProperties()
    {
        var table = await TableTestTables.NewTableAsync("sel");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var read = await table.GetEntityIfExistsAsync("p", "r", ["A"]);

        Assert.NotNull(read);
        Assert.Equal("a", read.GetString("A"));
        Assert.False(read.ContainsKey("B"));
        Assert.NotEqual(default, read.ETag);
    }

    [Theory]
    [InlineData("o'brien", "it's")]
    [InlineData("a''b", "'")]
    [InlineData("sp ace+plus%25&amp;=", "ünï©ødé")]
    [InlineData("", "")]
    public async Task Entity_WithQuotesOrSpecialCharactersInKeys_RoundTripsThroughEveryVerb(string partitionKey, string rowKey)
    {
        var table = await TableTestTables.NewTableAsync("quote");

        await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity(partitionKey, rowKey) { ["V"] = 2 }, TableUpdateMode.Replace);
        var read = await table.GetEntityIfExistsAsync(partitionKey, rowKey);
        Assert.NotNull(read);
        Assert.Equal(partitionKey, read.PartitionKey);
        Assert.Equal(rowKey, read.RowKey);
        Assert.Equal(2, read.GetInt32("V"));

        Assert.True(await table.DeleteEntityAsync(partitionKey, rowKey, read.ETag));
        Assert.Null(await table.GetEntityIfExistsAsync(partitionKey, rowKey));
        Assert.False(await table.DeleteEntityAsync(partitionKey, rowKey));
    }

    [Fact]
    public async Task Upsert_ReplaceRemovesAbsentProperties_WhileMergeKeepsThem()
    {
        var table = await TableTestTables.NewTableAsync("upsert");
        await table.UpsertEntityAsync(new TableEntity("p", "replace") { ["A"] = 1, ["B"] = 2 }, TableUpdateMode.Replace);
        await table.UpsertEntityAsync(new TableEntity("p", "merge") { ["A"] = 1, ["B"] = 2 }, TableUpdateMode.Merge);

        await table.UpsertEntityAsync(new TableEntity("p", "replace") { ["A"] = 10 }, TableUpdateMode.Replace);
        await table.UpsertEntityAsync(new TableEntity("p", "merge") { ["A"] = 10 }, TableUpdateMode.Merge);

        var replaced = await table.GetEntityIfExistsAsync("p", "replace");
        var merged = await table.GetEntityIfExistsAsync("p", "merge");
        Assert.Equal(10, replaced!.GetInt32("A"));
        Assert.False(replaced.ContainsKey("B"));
        Assert.Equal(10, merged!.GetInt32("A"));
        Assert.Equal(2, merged.GetInt32("B"));
    }

    [Fact]
    public async Task CreateIfNotExists_CalledTwice_ReportsCreatedThenExisting()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(TestKit.UniqueNames.Next("twice"));

        Assert.True(await table.CreateIfNotExistsAsync());
        Assert.False(await table.CreateIfNotExistsAsync());
        Assert.False(await service.CreateTableIfNotExistsAsync(table.Name));
        Assert.True(await service.DeleteTableAsync(table.Name));
        Assert.False(await table.DeleteAsync());
    }

    [Fact]
    public async Task Ping_WithValidKey_Succeeds()
    {
        var service = await TableTestTables.ServiceAsync();

        await service.PingAsync();
    }
}
