using JobForge.Domain.Runs;

namespace JobForge.Storage.Tests.Runs;

/// <summary>The <see cref="IRunStore"/> contract, run against every implementation.</summary>
public abstract class RunStoreConformanceTests
{
    private static int s_next;

    protected abstract Task<IRunStore> CreateStoreAsync();

    internal static Run NewRun(string tenant = "tenant-a", string? key = null, string inputs = """{"target":"x"}""") => new()
    {
        RunId = "run_" + Interlocked.Increment(ref s_next).ToString("x32", System.Globalization.CultureInfo.InvariantCulture),
        TenantId = tenant,
        ProjectId = "proj",
        TemplateKey = "autopilot.ops.scan",
        TemplateVersion = "1.0.0",
        TemplateJson = """{"template_key":"autopilot.ops.scan"}""",
        InputsJson = inputs,
        InputsSha256 = CanonicalJson.Sha256Hex(inputs),
        TraceId = "trace-1",
        ActorId = "actor-1",
        RequestedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        IdempotencyKey = key,
    };

    [Fact]
    public async Task CreateAsync_NewRun_IsReadBackWhole()
    {
        var store = await CreateStoreAsync();
        var run = NewRun(key: "k1");

        var result = await store.CreateAsync(run.TenantId, run);

        Assert.Equal(RunCreateOutcome.Created, result.Outcome);
        Assert.Equal(run, await store.GetAsync(run.TenantId, run.RunId));
    }

    [Fact]
    public async Task GetAsync_AnotherTenantsRun_IsNull()
    {
        var store = await CreateStoreAsync();
        var run = NewRun();
        await store.CreateAsync(run.TenantId, run);

        Assert.Null(await store.GetAsync("tenant-b", run.RunId));
        Assert.Null(await store.GetAsync(run.TenantId, "run_" + new string('0', 32)));
    }

    [Fact]
    public async Task CreateAsync_SameKeySameInputs_ReplaysTheOriginal()
    {
        var store = await CreateStoreAsync();
        var first = NewRun(key: "k1");
        await store.CreateAsync(first.TenantId, first);

        var again = await store.CreateAsync(first.TenantId, NewRun(key: "k1"));

        Assert.Equal(RunCreateOutcome.Replayed, again.Outcome);
        Assert.Equal(first.RunId, again.Run.RunId);
    }

    [Fact]
    public async Task CreateAsync_SameKeyOtherInputs_IsAConflictNamingTheOriginal()
    {
        var store = await CreateStoreAsync();
        var first = NewRun(key: "k1");
        await store.CreateAsync(first.TenantId, first);
        var other = NewRun(key: "k1", inputs: """{"target":"y"}""");

        var result = await store.CreateAsync(other.TenantId, other);

        Assert.Equal(RunCreateOutcome.IdempotencyConflict, result.Outcome);
        Assert.Equal(first.RunId, result.Run.RunId);
        Assert.Null(await store.GetAsync(other.TenantId, other.RunId));
    }

    [Fact]
    public async Task CreateAsync_SameKeyInAnotherTenant_IsIndependent()
    {
        var store = await CreateStoreAsync();
        await store.CreateAsync("tenant-a", NewRun("tenant-a", "k1"));

        var result = await store.CreateAsync("tenant-b", NewRun("tenant-b", "k1"));

        Assert.Equal(RunCreateOutcome.Created, result.Outcome);
    }

    [Fact]
    public async Task CreateAsync_ConcurrentIdenticalRequests_StoreOneRun()
    {
        var store = await CreateStoreAsync();
        var runs = Enumerable.Range(0, 16).Select(_ => NewRun(key: "race")).ToList();

        var results = await Task.WhenAll(runs.Select(run => Task.Run(() => store.CreateAsync(run.TenantId, run))));

        Assert.Single(results, r => r.Outcome == RunCreateOutcome.Created);
        Assert.Single(results.Select(r => r.Run.RunId).Distinct());
        Assert.All(results, r => Assert.NotEqual(RunCreateOutcome.IdempotencyConflict, r.Outcome));
    }

    [Fact]
    public async Task CreateAsync_LargeInputs_RoundTrip()
    {
        var store = await CreateStoreAsync();
        var inputs = "{\"text\":\"" + string.Concat(Enumerable.Repeat("é😀abc", 20_000)) + "\"}";
        var run = NewRun(inputs: inputs);

        await store.CreateAsync(run.TenantId, run);

        Assert.Equal(inputs, (await store.GetAsync(run.TenantId, run.RunId))!.InputsJson);
    }
}
