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
    public async Task CreateAsync_WhenTheRunRowCannotBeWritten_LeavesNoClaim_SoTheKeyStaysFree()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("runs"));
        var store = new TableRunStore(table);
        var run = NewRun(key: "k-fail");
        await table.CreateIfNotExistsAsync();
        // Storage refuses the run row (its key is taken): the failure strikes right after the claim would be written.
        await table.AddEntityAsync(RunEntities.ToEntity(NewRun() with { RunId = run.RunId, InputsSha256 = "other" }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(run.TenantId, run));

        Assert.Null(await table.GetEntityIfExistsAsync(run.TenantId, RunEntities.ClaimRowKey(run.TemplateKey, "k-fail")));
        var retried = await store.CreateAsync(run.TenantId, NewRun(key: "k-fail"));
        Assert.Equal(RunCreateOutcome.Created, retried.Outcome);
        Assert.NotNull(await store.GetAsync(run.TenantId, retried.Run.RunId));
    }

    [Fact]
    public async Task CreateAsync_SameKeyTwice_LeavesOneClaimOneRunAndOneWorkEntry()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("runs"));
        var store = new TableRunStore(table);
        var first = NewRun(key: "k-once");

        var created = await store.CreateAsync(first.TenantId, first);
        var replayed = await store.CreateAsync(first.TenantId, NewRun(key: "k-once"));

        Assert.Equal((RunCreateOutcome.Created, RunCreateOutcome.Replayed), (created.Outcome, replayed.Outcome));
        Assert.Equal(first.RunId, replayed.Run.RunId);
        var due = await ((IRunExecutionStore)store).ListDueAsync(first.RequestedAt.AddDays(1), 100);
        Assert.Equal([first.RunId], due.Select(item => item.RunId));
    }

    [Fact]
    public async Task Runs_AreRowsOfTheTenantPartition()
    {
        var service = await TableTestTables.ServiceAsync();
        var table = service.GetTableClient(UniqueNames.Next("runs"));
        var run = NewRun();

        await new TableRunStore(table).CreateAsync(run.TenantId, run);

        Assert.Equal("queued", (await table.GetEntityIfExistsAsync(run.TenantId, run.RunId))!.GetString("Status"));
    }
}
