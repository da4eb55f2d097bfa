namespace JobForge.Server.Tests.Triggers;

/// <summary>Catching up a trigger's missed slots: one checkpoint write per batch, and a repeated batch fires nothing twice.</summary>
public sealed class TriggerCatchUpTests
{
    private const string Scan = "autopilot.ops.scan";

    [Fact]
    public async Task Tick_TenMissedSlots_EachRunsOnce_WithOneCheckpointWrite()
    {
        await using var server = await LeaseTestServer.StartAsync();
        var (tenant, key) = await server.NewAdminAsync();
        var createdAt = server.Clock.GetUtcNow();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync();
        var writesBefore = server.Checkpoints.Advances;

        server.Clock.Advance(TimeSpan.FromSeconds(10));
        var result = await server.TickAsync();

        Assert.Equal(10, result.Evaluated);
        Assert.Equal(writesBefore + 1, server.Checkpoints.Advances);
        var ledger = await server.LedgerAsync(tenant);
        Assert.All(LeaseTestServer.Slots(id, createdAt, server.Clock.GetUtcNow()), slot => Assert.True(ledger.HasRun(Scan, slot), slot));
        Assert.Equal(10, ledger.RunCount);
    }

    [Fact]
    public async Task Tick_BatchRepeatedByANewLeaderAfterItsCheckpointWriteFailed_SkipsTheDecidedSlots_AndNothingRunsTwice()
    {
        await using var server = await LeaseTestServer.StartAsync();
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *", cooldown: 0)).GetProperty("id").GetString()!;
        await server.TickAsync();
        server.Checkpoints.FailAdvances = true; // storage gone just after the slots' runs were requested
        server.Clock.Advance(TimeSpan.FromSeconds(4));
        await server.TickAsync();
        Assert.Equal(4, (await server.LedgerAsync(tenant)).RunCount);
        server.Checkpoints.FailAdvances = false;

        server.Lease.Next = LeaseAnswer.HeldByAnother; // deposed: the index (and the counters it kept) is dropped
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await server.TickAsync();
        server.Lease.Next = LeaseAnswer.Granted;
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        await server.TickAsync(); // elected again: loads the old checkpoint and repeats the four slots, then fires the new ones

        var ledger = await server.LedgerAsync(tenant);
        Assert.Equal(10, ledger.RunCount);
        Assert.Equal(ledger.ClaimCount, ledger.RunCount);
        var decisions = await server.DecisionsAsync(key, id);
        Assert.All(decisions, d => Assert.Equal("fire", d.GetProperty("decision").GetString())); // no spurious cooldown for a repeated slot
        Assert.Equal(10, decisions.Select(d => d.GetProperty("scheduled_at").GetDateTimeOffset()).Distinct().Count());
        Assert.True(decisions.Count <= 11, $"{decisions.Count} decisions"); // at most the last slot of the batch again, as 'replayed'
    }
}
