using JobForge.Domain.Triggers;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;
using JobForge.Application.Triggers;
using JobForge.Storage.Triggers;
using JobForge.TestKit;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Triggers;

/// <summary>The idle scheduler's storage budget (≤ 0.3 requests/s), counted at its ports over simulated minutes.</summary>
public sealed class TriggerIdleCostTests
{
    private sealed class CountingLease : ISchedulerLease
    {
        public int Calls;

        public Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default) => Count(true);

        public Task<bool> RenewAsync(CancellationToken cancellationToken = default) => Count(true);

        public Task ReleaseAsync(CancellationToken cancellationToken = default) => Count(true);

        private Task<bool> Count(bool value)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(value);
        }
    }

    private sealed class CountingSource(ITriggerIndexSource inner) : ITriggerIndexSource
    {
        public int Calls;

        public Task<TriggerPage> ScanAsync(TriggerType type, string? cursor, int pageSize, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            return inner.ScanAsync(type, cursor, pageSize, cancellationToken);
        }

        public Task<IReadOnlyList<TriggerChange>> ReadChangesAsync(DateTimeOffset since, int max, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            return inner.ReadChangesAsync(since, max, cancellationToken);
        }
    }

    [Fact]
    public async Task IdleLeader_CostsAtMostThreeTenthsOfARequestPerSecond()
    {
        var clock = new FakeTimeProvider(TriggersTestServer.Start);
        var lease = new CountingLease();
        var store = new InMemoryTriggerStore(clock);
        var source = new CountingSource(store);
        var settings = await EventsTestServer.SettingsAsync(new Dictionary<string, string?> { ["JobForge:Triggers:Scheduler:Enabled"] = "false" });
        await using var server = await RunningServer.StartAsync(settings, services => services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ISchedulerLease>(lease)
            .AddSingleton<ITriggerStore>(store)
            .AddSingleton<ITriggerIndexSource>(source));
        var scheduler = server.App.Services.GetRequiredService<TriggerScheduler>();
        await scheduler.TickAsync(clock.GetUtcNow()); // election and loads
        var (leaseBefore, sourceBefore) = (lease.Calls, source.Calls);

        var ticks = 0;
        var end = clock.GetUtcNow().AddMinutes(10);
        while (clock.GetUtcNow() < end)
        {
            var result = await scheduler.TickAsync(clock.GetUtcNow());
            ticks++;
            clock.SetUtcNow(result.WakeAt > clock.GetUtcNow() ? result.WakeAt : clock.GetUtcNow().AddMilliseconds(100));
        }

        var perSecond = (lease.Calls - leaseBefore + source.Calls - sourceBefore) / 600.0;
        Assert.True(scheduler.IsLeader);
        Assert.InRange(perSecond, 0.01, 0.3);
        Assert.True(ticks < 600, $"{ticks} ticks in ten idle minutes");
    }
}
