using Azure;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

public sealed class TableConcurrencyTests
{
    [Theory]
    [InlineData(TableUpdateMode.Replace)]
    [InlineData(TableUpdateMode.Merge)]
    public async Task UpdateEntity_WithStaleETag_ThrowsTypedConflictAndLeavesEntityUnchanged(TableUpdateMode mode)
    {
        var table = await TableTestTables.NewTableAsync("stale");
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        var fresh = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, stale, mode);

        var conflict = await Assert.ThrowsAsync<TableConcurrencyException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 3 }, stale, mode));

        Assert.Equal(412, conflict.Status);
        Assert.True(conflict.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied, conflict.ErrorCode);
        var stored = await table.GetEntityIfExistsAsync("p", "r");
        Assert.Equal(2, stored!.GetInt32("V"));
        Assert.Equal(fresh, stored.ETag);
    }

    [Fact]
    public async Task UpdateEntity_WithFreshETag_SucceedsAndChangesETag()
    {
        var table = await TableTestTables.NewTableAsync("fresh");
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        var read = await table.GetEntityIfExistsAsync("p", "r");

        var second = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, read!.ETag, TableUpdateMode.Replace);

        Assert.Equal(first, read.ETag);
        Assert.NotEqual(first, second);
        var stored = await table.GetEntityIfExistsAsync("p", "r");
        Assert.Equal(2, stored!.GetInt32("V"));
        Assert.Equal(second, stored.ETag);
    }

    [Fact]
    public async Task UpdateEntity_WithETagAll_UpdatesWhateverTheVersion()
    {
        var table = await TableTestTables.NewTableAsync("all");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, ETag.All);

        Assert.Equal(2, (await table.GetEntityIfExistsAsync("p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task UpdateEntity_WithDefaultETag_IsRejectedClientSide()
    {
        var table = await TableTestTables.NewTableAsync("noetag");

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r"), default));

        Assert.Equal("ifMatch", error.ParamName);
    }

    [Fact]
    public async Task UpdateEntity_WhenMissing_Throws404()
    {
        var table = await TableTestTables.NewTableAsync("updmissing");

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r"), ETag.All));

        Assert.Equal(404, failure.Status);
        Assert.IsNotType<TableConcurrencyException>(failure);
    }

    [Fact]
    public async Task DeleteEntity_WithStaleETag_ThrowsTypedConflictAndKeepsEntity()
    {
        var table = await TableTestTables.NewTableAsync("delstale");
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        var fresh = await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var conflict = await Assert.ThrowsAsync<TableConcurrencyException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.Equal(412, conflict.Status);
        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "r"));
        Assert.True(await table.DeleteEntityAsync("p", "r", fresh));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }
}
