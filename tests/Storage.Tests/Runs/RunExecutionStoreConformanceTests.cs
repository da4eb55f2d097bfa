using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Storage.Tests.Runs;

/// <summary>The <see cref="IRunExecutionStore"/> contract (state, lease, inbox, work index), run against every implementation.</summary>
public abstract class RunExecutionStoreConformanceTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<(IRunStore Runs, IRunExecutionStore Execution)> CreateStoresAsync();

    private static RunState State(RunStatus status = RunStatus.Running) => new()
    {
        Status = status,
        Steps =
        [
            new StepState("fetch", "http") { Status = StepStatus.Succeeded, Attempt = 2, OutputsJson = """{"rows":[1,2]}""", DurationMs = 12 },
            new StepState("report", "transform")
            {
                Status = StepStatus.WaitingToRetry,
                Attempt = 1,
                Failure = new StepFailure(StepFailureTypes.HttpError, "503 from the module", "http", s_now, true) { RetryAfter = TimeSpan.FromSeconds(3) },
                WakeAt = s_now.AddSeconds(3),
            },
        ],
        StartedAt = s_now,
        Deadline = s_now.AddHours(1),
        WakeAt = s_now.AddSeconds(3),
        Sequence = 4,
    };

    [Fact]
    public async Task LoadAsync_NewRun_HasNoStateNoLeaseAndAVersion()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun();
        await runs.CreateAsync(run.TenantId, run);

        var record = await store.LoadAsync(run.TenantId, run.RunId);

        Assert.NotNull(record);
        Assert.Equal(run, record.Run);
        Assert.Null(record.State);
        Assert.Null(record.Lease);
        Assert.Empty(record.Inbox);
        Assert.False(string.IsNullOrEmpty(record.Version));
    }

    [Fact]
    public async Task CreateAsync_Created_ReportsTheVersionASaveCanBeConditionalOn()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun();

        var created = await runs.CreateAsync(run.TenantId, run);
        var saved = await store.SaveAsync(run.TenantId, run.RunId, State(), null, [], created.Version!);

        Assert.Equal((await store.LoadAsync(run.TenantId, run.RunId))!.Version, saved.Version);
        Assert.True(saved.Saved);
    }

    [Fact]
    public async Task SaveAsync_WithTheVersionRead_StoresStateLeaseAndInboxWhole()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun();
        await runs.CreateAsync(run.TenantId, run);
        var record = await store.LoadAsync(run.TenantId, run.RunId);
        var signal = new RunSignal(RunSignalKinds.Cancel, "key-1", s_now, "stop", Rollback: true);

        var saved = await store.SaveAsync(run.TenantId, run.RunId, State(), new RunLease("worker-a", s_now.AddSeconds(15)), [signal], record!.Version);
        var read = await store.LoadAsync(run.TenantId, run.RunId);

        Assert.True(saved.Saved);
        Assert.Equal(saved.Version, read!.Version);
        Assert.Equal(RunStatus.Running, read.Status);
        Assert.Equal(RunStatus.Running, (await runs.GetAsync(run.TenantId, run.RunId))!.Status);
        Assert.Equal(new RunLease("worker-a", s_now.AddSeconds(15)), read.Lease);
        Assert.Equal([signal], read.Inbox);
        Assert.Equal(4, read.State!.Sequence);
        Assert.Equal("""{"rows":[1,2]}""", read.State.Steps[0].OutputsJson);
        Assert.Equal(StepStatus.WaitingToRetry, read.State.Steps[1].Status);
        Assert.Equal(TimeSpan.FromSeconds(3), read.State.Steps[1].Failure!.RetryAfter);
        Assert.Equal(s_now.AddSeconds(3), read.State.WakeAt);
    }

    [Fact]
    public async Task SaveAsync_WithAStaleVersion_IsAConflictAndChangesNothing()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun();
        await runs.CreateAsync(run.TenantId, run);
        var stale = (await store.LoadAsync(run.TenantId, run.RunId))!.Version;
        await store.SaveAsync(run.TenantId, run.RunId, State(), new RunLease("worker-a", s_now.AddSeconds(15)), [], stale);

        var second = await store.SaveAsync(run.TenantId, run.RunId, State(RunStatus.Failed), new RunLease("worker-b", s_now.AddSeconds(15)), [], stale);

        Assert.False(second.Saved);
        var read = await store.LoadAsync(run.TenantId, run.RunId);
        Assert.Equal("worker-a", read!.Lease!.Owner);
        Assert.Equal(RunStatus.Running, read.Status);
    }

    [Fact]
    public async Task SaveAsync_NullLeaseAndNullState_ReleasesTheLeaseAndKeepsTheState()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun();
        await runs.CreateAsync(run.TenantId, run);
        var first = await store.SaveAsync(run.TenantId, run.RunId, State(), new RunLease("worker-a", s_now.AddSeconds(15)), [],
            (await store.LoadAsync(run.TenantId, run.RunId))!.Version);

        var released = await store.SaveAsync(run.TenantId, run.RunId, null, null, [], first.Version!);

        var read = await store.LoadAsync(run.TenantId, run.RunId);
        Assert.True(released.Saved);
        Assert.Null(read!.Lease);
        Assert.Equal(4, read.State!.Sequence);
    }

    [Fact]
    public async Task LoadAndSave_AnotherTenantsRun_AreAbsentAndConflicting()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun();
        await runs.CreateAsync(run.TenantId, run);
        var version = (await store.LoadAsync(run.TenantId, run.RunId))!.Version;

        Assert.Null(await store.LoadAsync("tenant-b", run.RunId));
        Assert.False((await store.SaveAsync("tenant-b", run.RunId, State(), null, [], version)).Saved);
        Assert.Null(await store.LoadAsync(run.TenantId, "not-a-run-id"));
    }

    [Fact]
    public async Task CreateAsync_PutsTheRunInTheWorkIndex_AndRemoveWorkTakesItOut()
    {
        var (runs, store) = await CreateStoresAsync();
        var run = RunStoreConformanceTests.NewRun(tenant: "tenant-w");
        await runs.CreateAsync(run.TenantId, run);

        var due = await store.ListDueAsync(run.RequestedAt.AddMinutes(1), 100);
        Assert.Contains(due, item => item.RunId == run.RunId && item.TenantId == "tenant-w");

        await store.RemoveWorkAsync(run.TenantId, run.RunId);
        await store.RemoveWorkAsync(run.TenantId, run.RunId); // absent is fine
        Assert.DoesNotContain(await store.ListDueAsync(run.RequestedAt.AddMinutes(1), 100), item => item.RunId == run.RunId);
    }

    [Fact]
    public async Task ListDueAsync_OnlyReturnsEntriesDueByTheInstant()
    {
        var (runs, store) = await CreateStoresAsync();
        var soon = RunStoreConformanceTests.NewRun();
        var later = RunStoreConformanceTests.NewRun();
        await runs.CreateAsync(soon.TenantId, soon);
        await runs.CreateAsync(later.TenantId, later);
        await store.SetWorkAsync(new RunWorkItem(soon.TenantId, soon.RunId, s_now.AddMinutes(5)));
        await store.SetWorkAsync(new RunWorkItem(later.TenantId, later.RunId, s_now.AddHours(2)));

        var due = await store.ListDueAsync(s_now.AddMinutes(10), 100);

        Assert.Contains(due, item => item.RunId == soon.RunId && item.DueAt == s_now.AddMinutes(5));
        Assert.DoesNotContain(due, item => item.RunId == later.RunId);
    }

    [Fact]
    public async Task ListRunsAsync_FiltersByStatusAndPagesWithTheCursor()
    {
        var (runs, store) = await CreateStoresAsync();
        var tenant = "tenant-list-" + Guid.NewGuid().ToString("N")[..8];
        var created = new List<Run>();
        for (var i = 0; i < 5; i++)
        {
            var run = RunStoreConformanceTests.NewRun(tenant: tenant);
            await runs.CreateAsync(tenant, run);
            created.Add(run);
        }

        var failed = await store.LoadAsync(tenant, created[1].RunId);
        await store.SaveAsync(tenant, created[1].RunId, State(RunStatus.Failed), null, [], failed!.Version);

        var first = await store.ListRunsAsync(tenant, new RunListQuery(Limit: 2));
        var second = await store.ListRunsAsync(tenant, new RunListQuery(Limit: 2, Cursor: first.NextCursor));
        var onlyFailed = await store.ListRunsAsync(tenant, new RunListQuery() { Status = RunStatus.Failed });

        Assert.Equal([created[0].RunId, created[1].RunId], first.Runs.Select(r => r.Run.RunId));
        Assert.Equal([created[2].RunId, created[3].RunId], second.Runs.Select(r => r.Run.RunId));
        Assert.Equal([created[1].RunId], onlyFailed.Runs.Select(r => r.Run.RunId));
        Assert.Empty((await store.ListRunsAsync("tenant-nobody", new RunListQuery())).Runs);
    }
}
