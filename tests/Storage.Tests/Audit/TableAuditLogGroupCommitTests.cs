using JobForge.TestKit.Logging;
using JobForge.Domain.Audit;
using Azure.Data.Tables;
using JobForge.Storage.Audit;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using static JobForge.Storage.Tests.Audit.AuditTestRecords;

namespace JobForge.Storage.Tests.Audit;

public sealed class TableAuditLogGroupCommitTests
{
    [Fact]
    public async Task RecordAsync_ManyConcurrent_AreCommittedInFewBatchesAndAllDurable()
    {
        var counter = new CountingPolicy();
        await using var log = await TableAuditLogs.CreateAsync(counter);

        await Task.WhenAll(Enumerable.Range(0, 600).Select(i => Log(log, i)));

        // 600 records in 2 partitions need at least 6 transactions; one request per record would be 600.
        Assert.InRange(counter.Batches + counter.SingleAdds, 6, 40);
        // An idle writer sends the first record of each partition at once, alone, before the rest of the burst is queued;
        // on a loaded machine a few more can drain alone between arrivals (seen: 3), never most of them.
        Assert.InRange(counter.SingleAdds, 0, 10);
        var a = await ReadAllAsync(log, "tenant-a", new AuditQuery(Limit: 1000));
        var b = await ReadAllAsync(log, "tenant-b", new AuditQuery(Limit: 1000));
        Assert.Equal(300, a.Count);
        Assert.Equal(300, b.Count);
        Assert.Equal(600, a.Concat(b).Select(N).Distinct().Count());

        static Task Log(TableAuditLog log, int i) => log.RecordAsync(At(i, tenant: i % 2 == 0 ? "tenant-a" : "tenant-b"));
    }

    [Fact]
    public async Task RecordAsync_WhenIdle_IsWrittenAloneWithoutWaitingForABatch()
    {
        var counter = new CountingPolicy();
        await using var log = await TableAuditLogs.CreateAsync(counter);

        await log.RecordAsync(At(1));

        Assert.Equal(1, counter.SingleAdds);
        Assert.Equal(0, counter.Batches);
        Assert.Single((await log.QueryAsync("tenant-a", new AuditQuery())).Records);
    }

    [Fact]
    public async Task DisposeAsync_WithRecordsStillQueued_WritesThemAll()
    {
        var table = UniqueNames.Next("auditflush");
        var log = await TableAuditLogs.CreateAsync(tableName: table);
        var writes = Enumerable.Range(0, 300).Select(i => log.RecordAsync(At(i))).ToList();

        await log.DisposeAsync();

        await Task.WhenAll(writes); // Durable already; the callers' continuations run asynchronously.
        await using var reader = await TableAuditLogs.CreateAsync(tableName: table);
        Assert.Equal(300, (await ReadAllAsync(reader, "tenant-a", new AuditQuery(Limit: 1000))).Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => log.RecordAsync(At(1)));
    }

    [Fact]
    public async Task FlushAsync_AfterUnawaitedRecords_CompletesWhenTheyAreDurable()
    {
        await using var log = await TableAuditLogs.CreateAsync();
        var writes = Enumerable.Range(0, 150).Select(i => log.RecordAsync(At(i))).ToList();

        await log.FlushAsync();

        await Task.WhenAll(writes); // Durable already; the callers' continuations run asynchronously.
        Assert.Equal(150, (await ReadAllAsync(log, "tenant-a", new AuditQuery(Limit: 1000))).Count);
    }

    [Fact]
    public async Task RecordAsync_WhenStorageRejectsTheWrite_FaultsAndLogsTheFailure()
    {
        var azurite = await AzuriteInstance.Shared;
        var wrongKey = azurite.ConnectionString.Replace(AzuriteInstance.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        var logger = new ListLogger<TableAuditLog>();
        await using var log = new TableAuditLog(
            new TableServiceClient(wrongKey, options),
            new AuditOptions { TableName = UniqueNames.Next("auditfail") },
            logger);

        var failed = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => log.RecordAsync(At(1, details: new Dictionary<string, string> { ["password"] = "p4ss" })));

        Assert.Equal(403, failed.Status);
        var entry = Assert.Single(logger.Entries, e => e.EventId == 6001);
        Assert.Contains("tenant-a", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p4ss", entry.Message, StringComparison.Ordinal);
    }
}
