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
    }

    /// <summary>Once armed, lets the next entity insert (a POST) reach the service, then loses its answer (a retriable IOException).</summary>
    private sealed class LostAnswerPolicy : HttpPipelinePolicy
    {
        private int _armed;

        public bool Fired { get; private set; }

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            if (message.Request.Method == RequestMethod.Post && !message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal)
                && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Fired = true;
                throw new IOException("The answer was lost on the way back.");
            }
        }
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
