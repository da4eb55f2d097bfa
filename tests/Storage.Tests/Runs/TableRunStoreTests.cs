using Azure.Core;
using Azure.Core.Pipeline;
using JobForge.Domain.Runs;
using JobForge.Storage.Tables;
using JobForge.Storage.Runs;
using JobForge.Storage.Tests.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

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

        Assert.False((await table.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(run.TenantId, RunEntities.ClaimRowKey(run.TemplateKey, "k-fail"))).HasValue);
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
    public async Task CreateAsync_WithAKey_WhenTheTransactionsAnswerIsLostAndTheSdkRetries_IsCreatedAndKeepsItsWorkEntry()
    {
        var lostAnswer = new LostAnswerPolicy();
        var table = (await AzuriteInstance.Shared).TableService(maxRetries: 1, lostAnswer).GetTableClient(UniqueNames.Next("runs"));
        await table.CreateIfNotExistsAsync();
        var run = NewRun(key: "k-lost");
        var store = new TableRunStore(table);
        await store.CreateAsync(run.TenantId, NewRun()); // the table and the batcher warmed up: the next POST is the transaction
        lostAnswer.Arm();

        var result = await store.CreateAsync(run.TenantId, run);

        Assert.True(lostAnswer.Fired); // the claim and run landed, the answer was lost, the retry met 409 on the claim
        Assert.Equal((RunCreateOutcome.Created, run.RunId), (result.Outcome, result.Run.RunId));
        Assert.Equal((await table.FindEntityAsync(run.TenantId, run.RunId))!.ETag.ToString(), result.Version); // the stored version, as on no loss
        var due = await ((IRunExecutionStore)store).ListDueAsync(run.RequestedAt.AddDays(1), 100);
        Assert.Contains(run.RunId, due.Select(item => item.RunId));
    }

    [Fact]
    public async Task CreateAsync_WhenTheInsertsAnswerIsLostAndTheSdkRetries_IsCreatedNotAConflict()
    {
        var lostAnswer = new LostAnswerPolicy();
        var table = (await AzuriteInstance.Shared).TableService(maxRetries: 1, lostAnswer).GetTableClient(UniqueNames.Next("runs"));
        await table.CreateIfNotExistsAsync();
        var run = NewRun();
        lostAnswer.Arm();

        var result = await new TableRunStore(table).CreateAsync(run.TenantId, run);

        Assert.True(lostAnswer.Fired); // the insert landed, its answer was lost, the retry met 409
        Assert.Equal(RunCreateOutcome.Created, result.Outcome);
        Assert.Equal(run.RunId, result.Run.RunId);
        Assert.Equal((await table.FindEntityAsync(run.TenantId, run.RunId))!.ETag.ToString(), result.Version);
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

    /// <summary>Counts the entity group transactions that carry idempotency claims, and the most claims one carried.</summary>
    private sealed class ClaimTransactionCounter : HttpPipelineSynchronousPolicy
    {
        private readonly object _gate = new();

        public int Transactions { get; private set; }

        public int MostClaims { get; private set; }

        public override void OnSendingRequest(HttpMessage message)
        {
            if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || message.Request.Content is not { } content)
            {
                return;
            }

            using var buffer = new MemoryStream();
            content.WriteTo(buffer, CancellationToken.None);
            var claims = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), "\"RowKey\":\"idem_");
            if (claims > 0)
            {
                lock (_gate)
                {
                    Transactions++;
                    MostClaims = Math.Max(MostClaims, claims);
                }
            }
        }
    }

    [Fact]
    public async Task CreateAsync_ManyRunsOfATenantAtOnce_ShareTransactions_AndAClaimedKeyAmongThemIsReportedAsItWouldBeAlone()
    {
        var counter = new ClaimTransactionCounter();
        var table = (await AzuriteInstance.Shared).TableService(policies: counter).GetTableClient(UniqueNames.Next("runs"));
        var store = new TableRunStore(table);
        var original = NewRun(key: "k-taken");
        await store.CreateAsync(original.TenantId, original);
        var conflicting = NewRun(key: "k-other-inputs");
        await store.CreateAsync(conflicting.TenantId, conflicting);
        var before = counter.Transactions;

        var runs = Enumerable.Range(0, 40).Select(i => i switch
        {
            7 => NewRun(key: "k-taken"),
            23 => NewRun(key: "k-other-inputs", inputs: """{"target":"y"}"""),
            _ => NewRun(key: "k-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }).ToList();
        var results = await Task.WhenAll(runs.Select(run => store.CreateAsync(run.TenantId, run)));

        Assert.Equal(RunCreateOutcome.Replayed, results[7].Outcome);
        Assert.Equal(original.RunId, results[7].Run.RunId);
        Assert.Equal(RunCreateOutcome.IdempotencyConflict, results[23].Outcome);
        Assert.Equal(conflicting.RunId, results[23].Run.RunId);
        foreach (var (result, i) in results.Select((r, i) => (r, i)).Where(p => p.i is not 7 and not 23))
        {
            Assert.Equal(RunCreateOutcome.Created, result.Outcome);
            Assert.Equal(runs[i].RunId, result.Run.RunId);
            Assert.NotNull(result.Version);
            Assert.Equal(runs[i], await store.GetAsync(runs[i].TenantId, runs[i].RunId));
        }

        Assert.Null(await store.GetAsync(runs[7].TenantId, runs[7].RunId));
        var transactions = counter.Transactions - before;
        Assert.True(counter.MostClaims >= 2, $"at most {counter.MostClaims} claim(s) per transaction"); // several runs in one entity group transaction
        Assert.True(transactions < 40, $"{transactions} claim transactions for 40 requests");
    }
}
