using System.Text.Json;
using JobForge.Domain.Triggers;
using JobForge.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Storage.Tests.Triggers;

/// <summary>The contract of the trigger store, index source, counters, checkpoints and decision log, run against every adapter.</summary>
public abstract class TriggerStorageConformanceTests
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(T0);

    protected abstract Task<(ITriggerStore Store, ITriggerIndexSource Source)> CreateStoreAsync();

    protected abstract Task<(ITriggerCounters Counters, ITriggerCheckpoints Checkpoints)> CreateStateAsync();

    protected abstract Task<ITriggerDecisionLog> CreateLogAsync();

    protected static Trigger NewTrigger(string tenant, string id, TriggerType type = TriggerType.Cron) => new()
    {
        Id = id, TenantId = tenant, TriggerType = type, Name = "n", TargetTemplateKey = "autopilot.ops.scan",
        TargetInputs = JsonDocument.Parse("""{"target":"vm-1"}""").RootElement.Clone(), Enabled = true,
        CronExpression = type == TriggerType.Cron ? "0 * * * *" : null, TimeZone = type == TriggerType.Cron ? "UTC" : null,
        EventTypeFilter = type == TriggerType.Event ? "infra.*" : null,
        Safety = new TriggerSafety { AllowedTemplates = ["autopilot.ops.scan"], CooldownSeconds = 5 },
        CreatedAt = T0, UpdatedAt = T0,
    };

    [Fact]
    public async Task Create_ThenGet_RoundTripsEveryField()
    {
        var (store, _) = await CreateStoreAsync();
        var tenant = UniqueNames.Next("t");
        var trigger = NewTrigger(tenant, "a") with { ProjectId = "p1", SeverityThreshold = "high", CreatedBy = "alice" };

        var created = await store.CreateAsync(tenant, trigger);
        var read = await store.GetAsync(tenant, "a");

        Assert.Equal(TriggerWriteOutcome.Written, created.Outcome);
        Assert.NotNull(read);
        Assert.Equal(created.Stored!.Version, read.Version);
        Assert.Equal(JsonSerializer.Serialize(trigger.TargetInputs), JsonSerializer.Serialize(read.Trigger.TargetInputs));
        Assert.Equal(trigger with { TargetInputs = default, Safety = null! }, read.Trigger with { TargetInputs = default, Safety = null! });
        Assert.Equal(trigger.Safety.AllowedTemplates, read.Trigger.Safety.AllowedTemplates);
        Assert.Equal(5, read.Trigger.Safety.CooldownSeconds);
        Assert.Equal(TriggerWriteOutcome.AlreadyExists, (await store.CreateAsync(tenant, trigger)).Outcome);
    }

    [Fact]
    public async Task Get_AnotherTenantsTrigger_IsNull()
    {
        var (store, _) = await CreateStoreAsync();
        var tenant = UniqueNames.Next("t");
        await store.CreateAsync(tenant, NewTrigger(tenant, "a"));

        Assert.Null(await store.GetAsync(UniqueNames.Next("t"), "a"));
        Assert.Empty((await store.ListAsync(UniqueNames.Next("t"), null, 10)).Items);
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsAMismatchAndWithTheCurrentOneWrites()
    {
        var (store, _) = await CreateStoreAsync();
        var tenant = UniqueNames.Next("t");
        var v1 = (await store.CreateAsync(tenant, NewTrigger(tenant, "a"))).Stored!.Version;
        var v2 = (await store.UpdateAsync(tenant, NewTrigger(tenant, "a") with { Name = "b" }, v1)).Stored!.Version;

        Assert.Equal(TriggerWriteOutcome.VersionMismatch, (await store.UpdateAsync(tenant, NewTrigger(tenant, "a"), v1)).Outcome);
        Assert.Equal(TriggerWriteOutcome.Written, (await store.UpdateAsync(tenant, NewTrigger(tenant, "a") with { Name = "c" }, v2)).Outcome);
        Assert.Equal(TriggerWriteOutcome.NotFound, (await store.UpdateAsync(tenant, NewTrigger(tenant, "zz"), null)).Outcome);
        Assert.Equal("c", (await store.GetAsync(tenant, "a"))!.Trigger.Name);
    }

    [Fact]
    public async Task List_PagesThroughTheTenantsTriggers_AndScanFiltersByType()
    {
        var (store, source) = await CreateStoreAsync();
        var tenant = UniqueNames.Next("t");
        foreach (var id in new[] { "a", "b", "c" })
        {
            await store.CreateAsync(tenant, NewTrigger(tenant, id));
        }

        await store.CreateAsync(tenant, NewTrigger(tenant, "e", TriggerType.Event));
        var first = await store.ListAsync(tenant, null, 2);
        var second = await store.ListAsync(tenant, first.NextCursor, 2);
        var events = new List<StoredTrigger>();
        string? cursor = null;
        do
        {
            var page = await source.ScanAsync(TriggerType.Event, cursor, 1000);
            events.AddRange(page.Items.Where(s => s.Trigger.TenantId == tenant));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(["a", "b"], first.Items.Select(s => s.Trigger.Id));
        Assert.Equal(["c", "e"], second.Items.Select(s => s.Trigger.Id));
        Assert.Equal("e", Assert.Single(events).Trigger.Id);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ListAsync(tenant, "garbage!", 2));
    }

    [Fact]
    public async Task EveryWrite_AppearsInTheChangeFeed_AndDeleteRemoves()
    {
        var (store, source) = await CreateStoreAsync();
        var tenant = UniqueNames.Next("t");
        Time.Advance(TimeSpan.FromMinutes(1));
        var since = Time.GetUtcNow();
        await store.CreateAsync(tenant, NewTrigger(tenant, "a"));
        await store.UpdateAsync(tenant, NewTrigger(tenant, "a"), null);
        Assert.True(await store.DeleteAsync(tenant, "a"));

        var changes = (await source.ReadChangesAsync(since, 1000)).Where(c => c.TenantId == tenant).ToList();

        Assert.Equal(3, changes.Count);
        Assert.All(changes, c => Assert.Equal("a", c.TriggerId));
        Assert.Equal(3, changes.Select(c => c.Position).Distinct().Count());
        Assert.Null(await store.GetAsync(tenant, "a"));
        Assert.False(await store.DeleteAsync(tenant, "a"));
    }

    [Fact]
    public async Task Counters_AreConditionalOnTheVersionRead()
    {
        var (counters, _) = await CreateStateAsync();
        var tenant = UniqueNames.Next("t");
        var empty = await counters.GetAsync(tenant, "a");

        Assert.NotNull(await counters.TryRecordFireAsync(tenant, "a", empty, T0, "f1"));
        Assert.Null(await counters.TryRecordFireAsync(tenant, "a", empty, T0, "f1")); // another server took it first
        var read = await counters.GetAsync(tenant, "a");
        Assert.Equal((T0, 1, "f1"), (read.LastFiredAt!.Value, read.CountAt(T0), read.LastFireIdentity));
        Assert.NotNull(await counters.TryRecordFireAsync(tenant, "a", read, T0.AddMinutes(1), "f2"));
        Assert.Equal(2, (await counters.GetAsync(tenant, "a")).CountAt(T0.AddMinutes(2)));
        Assert.Equal(0, (await counters.GetAsync(tenant, "a")).CountAt(T0.AddHours(1)));
    }

    [Fact]
    public async Task HandledMarks_AndCheckpoints_AreKeptPerTrigger_AndClearedTogether()
    {
        var (counters, checkpoints) = await CreateStateAsync();
        var tenant = UniqueNames.Next("t");
        await counters.MarkHandledAsync(tenant, "a", "trg:a:evt:e1", T0);
        var first = await checkpoints.TryAdvanceAsync(tenant, "a", null, T0);
        Assert.NotNull(first);
        Assert.Null(await checkpoints.TryAdvanceAsync(tenant, "a", null, T0.AddSeconds(1)));
        var second = await checkpoints.TryAdvanceAsync(tenant, "a", first, T0.AddSeconds(2));
        Assert.Null(await checkpoints.TryAdvanceAsync(tenant, "a", first, T0.AddSeconds(3))); // a deposed leader's stale write loses

        Assert.True(await counters.WasHandledAsync(tenant, "a", "trg:a:evt:e1"));
        Assert.False(await counters.WasHandledAsync(tenant, "b", "trg:a:evt:e1"));
        Assert.Equal(T0.AddSeconds(2), (await checkpoints.GetAsync(tenant, "a"))!.HandledThrough);
        Assert.Contains(await ToListAsync(checkpoints.ScanAsync()), s => s.TenantId == tenant && s.TriggerId == "a" && s.Checkpoint.Version == second!.Version);

        await counters.ClearAsync(tenant, "a");
        Assert.False(await counters.WasHandledAsync(tenant, "a", "trg:a:evt:e1"));
        Assert.Null(await checkpoints.GetAsync(tenant, "a"));
    }

    [Fact]
    public async Task DecisionLog_ListsNewestFirst_WithACursor()
    {
        var log = await CreateLogAsync();
        var tenant = UniqueNames.Next("t");
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(tenant, new TriggerDecisionRecord
            {
                TenantId = tenant, TriggerId = "a", EvaluatedAt = T0.AddSeconds(i), Decision = "fire", Reason = "r" + i,
                FireIdentity = "f" + i, TemplateKey = "autopilot.ops.scan", ScheduledAt = i == 0 ? T0 : null,
            });
        }

        var first = await log.ListAsync(tenant, "a", null, 2);
        var second = await log.ListAsync(tenant, "a", first.NextCursor, 2);

        Assert.Equal(["r2", "r1"], first.Items.Select(r => r.Reason));
        Assert.Equal(["r0"], second.Items.Select(r => r.Reason));
        Assert.Equal(T0, second.Items[0].ScheduledAt);
        Assert.Empty((await log.ListAsync(tenant, "b", null, 10)).Items);
    }

    [Fact]
    public async Task Counters_RecordedFire_ReturnsTheStoredCounters_WhoseVersionTakesTheNextFire()
    {
        var (counters, _) = await CreateStateAsync();
        var tenant = UniqueNames.Next("t");

        var first = await counters.TryRecordFireAsync(tenant, "a", TriggerCounterState.Empty, T0, "f1");
        var second = await counters.TryRecordFireAsync(tenant, "a", first!, T0.AddMinutes(1), "f2"); // no read in between

        Assert.Equal((T0, 1, "f1"), (first!.LastFiredAt!.Value, first.CountAt(T0), first.LastFireIdentity));
        Assert.NotNull(second);
        Assert.Equal(second, await counters.GetAsync(tenant, "a"));
        Assert.Null(await counters.TryRecordFireAsync(tenant, "a", first, T0.AddMinutes(2), "f3")); // the older copy is stale
    }

    [Fact]
    public async Task ConcurrentFires_AcrossATenantsTriggers_EachTakeTheirOwnCountersCheckpointAndDecision()
    {
        var (counters, checkpoints) = await CreateStateAsync();
        var log = await CreateLogAsync();
        var tenant = UniqueNames.Next("t");
        var ids = Enumerable.Range(0, 60).Select(i => "trg-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var results = await Task.WhenAll(ids.Select(async id =>
        {
            var taken = await counters.TryRecordFireAsync(tenant, id, TriggerCounterState.Empty, T0, "f-" + id);
            var stale = await counters.TryRecordFireAsync(tenant, id, TriggerCounterState.Empty, T0, "again-" + id);
            var advanced = await checkpoints.TryAdvanceAsync(tenant, id, null, T0);
            await log.AppendAsync(tenant, new TriggerDecisionRecord
            {
                TenantId = tenant, TriggerId = id, EvaluatedAt = T0, Decision = "fire", Reason = id, FireIdentity = "f-" + id, TemplateKey = "autopilot.ops.scan",
            });
            return (taken, stale, advanced);
        }));

        Assert.All(results, r => Assert.NotNull(r.taken));
        Assert.All(results, r => Assert.Null(r.stale));
        Assert.All(results, r => Assert.NotNull(r.advanced));
        foreach (var id in ids)
        {
            Assert.Equal("f-" + id, (await counters.GetAsync(tenant, id)).LastFireIdentity);
            Assert.Equal(T0, (await checkpoints.GetAsync(tenant, id))!.HandledThrough);
            Assert.Equal([id], (await log.ListAsync(tenant, id, null, 10)).Items.Select(r => r.Reason));
        }
    }

    [Fact]
    public async Task DecisionsAndState_OfATriggerWhoseIdPrefixesAnother_StayApart()
    {
        var (counters, checkpoints) = await CreateStateAsync();
        var log = await CreateLogAsync();
        var tenant = UniqueNames.Next("t");
        foreach (var id in new[] { "a", "a-b", "ab" })
        {
            await log.AppendAsync(tenant, new TriggerDecisionRecord
            {
                TenantId = tenant, TriggerId = id, EvaluatedAt = T0, Decision = "fire", Reason = id, FireIdentity = "f", TemplateKey = "autopilot.ops.scan",
            });
            await counters.MarkHandledAsync(tenant, id, "trg:" + id + ":evt:e1", T0);
            Assert.NotNull(await checkpoints.TryAdvanceAsync(tenant, id, null, T0));
        }

        await counters.ClearAsync(tenant, "a");

        Assert.Equal(["a"], (await log.ListAsync(tenant, "a", null, 10)).Items.Select(r => r.Reason));
        Assert.Equal(["a-b"], (await log.ListAsync(tenant, "a-b", null, 10)).Items.Select(r => r.Reason));
        Assert.Null(await checkpoints.GetAsync(tenant, "a"));
        Assert.NotNull(await checkpoints.GetAsync(tenant, "a-b"));
        Assert.True(await counters.WasHandledAsync(tenant, "ab", "trg:ab:evt:e1"));
        Assert.Equal(["a-b", "ab"], (await ToListAsync(checkpoints.ScanAsync())).Where(c => c.TenantId == tenant).Select(c => c.TriggerId).Order(StringComparer.Ordinal));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
