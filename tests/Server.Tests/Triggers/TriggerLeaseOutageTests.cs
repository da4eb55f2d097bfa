namespace JobForge.Server.Tests.Triggers;

/// <summary>
/// The leader's lease through a storage outage, driven tick by tick with the manual clock and a <see cref="ScriptedLease"/>
/// (renew interval 5 s, lease 15 s, retry 1 s): the leader pauses while storage cannot answer, takes its own lease back
/// within a second of storage answering, and every slot of the outage fires exactly once.
/// </summary>
public sealed class TriggerLeaseOutageTests
{
    private const string Scan = "autopilot.ops.scan";

    [Fact]
    public async Task Renew_WhileStorageIsUnreachable_PausesFiring_AndTheLeaderRetakesItsOwnLeaseASecondAfterStorageAnswers_KeepingItsIndex()
    {
        await using var server = await LeaseTestServer.StartAsync();
        var (tenant, key) = await server.NewAdminAsync();
        var createdAt = server.Clock.GetUtcNow();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync(); // elected
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        await server.TickAsync();
        Assert.Equal(2, (await server.LedgerAsync(tenant)).RunCount);
        var entry = server.Scheduler.Index.Find(tenant, id);

        server.Lease.Next = LeaseAnswer.Unreachable;
        server.Clock.Advance(TimeSpan.FromSeconds(3)); // the renew is due
        var paused = await server.TickAsync();
        Assert.False(paused.IsLeader);
        Assert.True(server.Scheduler.LeaseInDoubt);
        Assert.Equal(server.Clock.GetUtcNow().AddSeconds(1), paused.WakeAt);
        Assert.Equal(1, server.Scheduler.Index.Count);
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await server.TickAsync(); // still unreachable: tries again a second later
        Assert.Equal(2, (await server.LedgerAsync(tenant)).RunCount);

        server.Lease.Next = LeaseAnswer.Granted;
        var acquiresBefore = server.Lease.Acquires;
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var resumed = await server.TickAsync();

        Assert.True(resumed.IsLeader);
        Assert.False(server.Scheduler.LeaseInDoubt);
        Assert.Equal(acquiresBefore + 1, server.Lease.Acquires);
        Assert.Same(entry, server.Scheduler.Index.Find(tenant, id)); // held throughout: the index was kept, not reloaded
        var ledger = await server.LedgerAsync(tenant);
        var slots = LeaseTestServer.Slots(id, createdAt, server.Clock.GetUtcNow()).ToList();
        Assert.Equal(7, slots.Count);
        Assert.All(slots, slot => Assert.True(ledger.HasRun(Scan, slot), slot));
        Assert.Equal(slots.Count, ledger.RunCount);
    }

    [Fact]
    public async Task Retake_AfterAnOutageLongerThanTheLease_ReloadsTheIndex_AndEverySlotOfTheOutageRunsOnce()
    {
        await using var server = await LeaseTestServer.StartAsync();
        var (tenant, key) = await server.NewAdminAsync();
        var createdAt = server.Clock.GetUtcNow();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync();
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        await server.TickAsync();
        var entry = server.Scheduler.Index.Find(tenant, id);

        server.Lease.Next = LeaseAnswer.Unreachable;
        for (var i = 0; i < 20; i++)
        {
            server.Clock.Advance(TimeSpan.FromSeconds(1));
            await server.TickAsync();
        }

        Assert.True(server.Scheduler.LeaseInDoubt);
        server.Lease.Next = LeaseAnswer.Granted;
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        var resumed = await server.TickAsync();

        Assert.True(resumed.IsLeader);
        Assert.NotSame(entry, server.Scheduler.Index.Find(tenant, id)); // the lease may have lapsed: reloaded from storage
        var ledger = await server.LedgerAsync(tenant);
        var slots = LeaseTestServer.Slots(id, createdAt, server.Clock.GetUtcNow()).ToList();
        Assert.All(slots, slot => Assert.True(ledger.HasRun(Scan, slot), slot));
        Assert.Equal(slots.Count, ledger.RunCount);
        Assert.Equal(ledger.ClaimCount, ledger.RunCount);
    }

    [Fact]
    public async Task Retake_WhenAnotherInstanceHoldsTheLeaseNow_DropsTheIndex_AndWaitsTheAcquireInterval()
    {
        await using var server = await LeaseTestServer.StartAsync();
        var (tenant, key) = await server.NewAdminAsync();
        var createdAt = server.Clock.GetUtcNow();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync();
        server.Lease.Next = LeaseAnswer.Unreachable;
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        await server.TickAsync();
        Assert.True(server.Scheduler.LeaseInDoubt);

        server.Lease.Next = LeaseAnswer.HeldByAnother;
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await server.TickAsync();
        Assert.False(server.Scheduler.IsLeader);
        Assert.False(server.Scheduler.LeaseInDoubt);
        Assert.Equal(0, server.Scheduler.Index.Count);

        server.Lease.Next = LeaseAnswer.Granted; // the other instance let it go
        var acquiresBefore = server.Lease.Acquires;
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await server.TickAsync();
        Assert.Equal(acquiresBefore, server.Lease.Acquires); // a standby again: next try after AcquireInterval (5 s)
        server.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await server.TickAsync()).IsLeader);
        var ledger = await server.LedgerAsync(tenant);
        var slots = LeaseTestServer.Slots(id, createdAt, server.Clock.GetUtcNow()).ToList();
        Assert.All(slots, slot => Assert.True(ledger.HasRun(Scan, slot), slot));
        Assert.Equal(slots.Count, ledger.RunCount);
    }
}
