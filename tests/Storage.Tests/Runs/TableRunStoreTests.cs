using JobForge.Storage.Tables;
using JobForge.Domain.Runs;
using JobForge.Storage.Runs;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Runs;

public sealed class TableRunStoreTests : RunStoreConformanceTests
{
    protected override async Task<IRunStore> CreateStoreAsync()
    {
        var service = await TableTestTables.ServiceAsync();
        return new TableRunStore(service.GetTableClient(UniqueNames.Next("runs")));
    }

    [Fact]
    public async Task CreateAsync_ClaimWithoutRun_IsCompletedByTheNextIdenticalRequest()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("runs"));
        var store = new TableRunStore(table);
        var stopped = NewRun(key: "k1");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(RunEntities.Claim(stopped)); // the winner stopped before writing its run

        var result = await store.CreateAsync(stopped.TenantId, NewRun(key: "k1"));

        Assert.Equal(RunCreateOutcome.Replayed, result.Outcome);
        Assert.Equal(stopped.RunId, result.Run.RunId);
        Assert.NotNull(await store.GetAsync(stopped.TenantId, stopped.RunId));
    }

    [Fact]
    public async Task Runs_AreRowsOfTheTenantPartition()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("runs"));
        var run = NewRun();

        await new TableRunStore(table).CreateAsync(run.TenantId, run);

        Assert.Equal("queued", (await table.FindEntityAsync(run.TenantId, run.RunId))!.GetString("Status"));
    }
}
