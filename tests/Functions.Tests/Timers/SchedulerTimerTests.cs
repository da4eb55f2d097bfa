using JobForge.Application.Triggers;
using JobForge.Domain.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobForge.Functions.Tests.Timers;

/// <summary>
/// The scheduler timer function on two app instances (two containers) sharing one storage account, both invoked for the
/// same slots at the same driven instant: each slot makes exactly one run, whether the blob-lease election decides who
/// fires or is bypassed (both instances believing they lead, as two hosts without a shared singleton lock could).
/// </summary>
public sealed class SchedulerTimerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private const int Slots = 3;

    [Fact]
    public async Task TimerOnTwoInstances_SameSlots_OneLeaderFiresEachSlotOnce()
    {
        var settings = await TimerTestApp.SettingsAsync();
        await using var a = TimerTestApp.Create(settings);
        await using var b = TimerTestApp.Create(settings);
        var tenant = await a.NewTenantAsync();
        var id = await a.CreateTriggerAsync(tenant, """ "trigger_type":"cron","cron_expression":"*/10 * * * * *" """);

        await Task.WhenAll(a.TickSchedulerAsync(), b.TickSchedulerAsync());
        Assert.True(a.Scheduler.IsLeader ^ b.Scheduler.IsLeader, "exactly one instance holds the scheduler lease");

        var firing = await TickSlotsTogetherAsync(a, b);
        output.WriteLine($"slowest firing tick (two instances at once): {firing.Max().TotalMilliseconds:0} ms");

        await AssertOneRunPerSlotAsync(a, tenant, id);
        var decisions = await a.DecisionsAsync(tenant, id);
        Assert.Equal(Slots, decisions.Count);
        Assert.All(decisions, d => Assert.Equal("fire", d.Decision));
    }

    [Fact]
    public async Task TimerOnTwoInstances_ElectionBypassed_BothFireTheSameSlots_AndEachSlotStillMakesOneRun()
    {
        var settings = await TimerTestApp.SettingsAsync();
        await using var a = TimerTestApp.Create(settings, services => services.AddSingleton<ISchedulerLease, GrantedLease>());
        await using var b = TimerTestApp.Create(settings, services => services.AddSingleton<ISchedulerLease, GrantedLease>());
        var tenant = await a.NewTenantAsync();
        var id = await a.CreateTriggerAsync(tenant, """ "trigger_type":"cron","cron_expression":"*/10 * * * * *" """);

        await Task.WhenAll(a.TickSchedulerAsync(), b.TickSchedulerAsync());
        Assert.True(a.Scheduler.IsLeader && b.Scheduler.IsLeader, "both instances believe they lead");

        _ = await TickSlotsTogetherAsync(a, b);

        await AssertOneRunPerSlotAsync(a, tenant, id);
        var fires = (await a.DecisionsAsync(tenant, id)).Where(d => d.Decision == "fire").ToList();
        Assert.Equal(Slots, fires.Select(d => d.FireIdentity).Distinct().Count());
    }

    [Fact]
    public async Task TimerOnOneInstance_AfterAGapLongerThanTheGrace_FiresOnceForTheMissedSlots()
    {
        var settings = await TimerTestApp.SettingsAsync(new Dictionary<string, string?> { ["JobForge:Triggers:Scheduler:MisfireGrace"] = "00:00:05" });
        await using var app = TimerTestApp.Create(settings);
        var tenant = await app.NewTenantAsync();
        var id = await app.CreateTriggerAsync(tenant, """ "trigger_type":"cron","cron_expression":"*/10 * * * * *","misfire_policy":"fire_once" """);
        await app.TickSchedulerAsync();

        app.Clock.Advance(TimeSpan.FromSeconds(67)); // the app was scaled to zero: six slots missed (the last 7 s ago), the grace is 5 s
        await app.TickSchedulerAsync();

        var latest = TimerTestApp.Start + TimeSpan.FromSeconds(60);
        var ledger = await app.LedgerAsync(tenant);
        Assert.Equal(1, ledger.Runs);
        Assert.Contains(TimerTestApp.Claim(TimerTestApp.Scan, FireIdentity.ForSlot(id, latest)), ledger.Claims);
    }

    /// <summary>Ticks both instances on each slot (twice); returns how long each slot's first, firing, invocation took.</summary>
    private static async Task<List<TimeSpan>> TickSlotsTogetherAsync(TimerTestApp a, TimerTestApp b)
    {
        var firing = new List<TimeSpan>();
        for (var slot = 0; slot < Slots; slot++)
        {
            a.Clock.Advance(Interval);
            b.Clock.Advance(Interval);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await Task.WhenAll(a.TickSchedulerAsync(), b.TickSchedulerAsync());
            firing.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started));
            await Task.WhenAll(a.TickSchedulerAsync(), b.TickSchedulerAsync()); // a repeated invocation fires nothing more
        }

        return firing;
    }

    private static async Task AssertOneRunPerSlotAsync(TimerTestApp app, string tenant, string id)
    {
        var ledger = await app.LedgerAsync(tenant);
        Assert.Equal(Slots, ledger.Runs);
        for (var slot = 1; slot <= Slots; slot++)
        {
            Assert.Contains(TimerTestApp.Claim(TimerTestApp.Scan, FireIdentity.ForSlot(id, TimerTestApp.Start + Interval * slot)), ledger.Claims);
        }
    }

    /// <summary>A lease every instance gets: the election bypassed.</summary>
    private sealed class GrantedLease : ISchedulerLease
    {
        public Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<bool> RenewAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task ReleaseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
