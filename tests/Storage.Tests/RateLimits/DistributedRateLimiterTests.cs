using JobForge.Storage.Tables;
using JobForge.Domain.RateLimits;
using JobForge.Storage.RateLimits;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.RateLimits;

public sealed class DistributedRateLimiterTests
{
    [Fact]
    public async Task AcquireAsync_OneServer_AdmitsExactlyTheLimitThenRefusesUntilTheWindowEnds()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        var limiter = rig.Server("one");

        var decisions = new List<RateLimitDecision>();
        for (var i = 0; i < 101; i++)
        {
            decisions.Add(await limiter.AcquireAsync("tenant-a", null));
        }

        Assert.All(decisions.Take(100), d => Assert.True(d.Allowed));
        Assert.Equal(99, decisions[0].Remaining);
        Assert.Equal(0, decisions[99].Remaining);
        var refused = decisions[100];
        Assert.False(refused.Allowed);
        Assert.Equal(100, refused.Limit);
        Assert.Equal(0, refused.Remaining);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 1, 0, TimeSpan.Zero), refused.ResetAt);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
    }

    [Fact]
    public async Task AcquireAsync_NextWindow_AdmitsAgainAndDeletesThePreviousWindowsRow()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        var limiter = rig.Server("one", o => o.DefaultPerMinute = 2);
        await limiter.AcquireAsync("tenant-a", null);
        await limiter.AcquireAsync("tenant-a", null);
        Assert.False((await limiter.AcquireAsync("tenant-a", null)).Allowed);
        var partition = DistributedRateLimiter.PartitionKeyFor("tenant-a", null);
        var oldWindow = DistributedRateLimiter.RowKeyFor(rig.Time.GetUtcNow().ToUnixTimeSeconds() / 60);
        Assert.NotNull(await rig.Table.FindEntityAsync(partition, oldWindow));

        rig.Time.Advance(TimeSpan.FromSeconds(30));
        var next = await limiter.AcquireAsync("tenant-a", null);

        Assert.True(next.Allowed);
        Assert.Equal(1, next.Remaining);
        await Eventually.TrueAsync(async () => await rig.Table.FindEntityAsync(partition, oldWindow) is null, TimeSpan.FromSeconds(5), "old window row deleted");
    }

    [Fact]
    public async Task AcquireAsync_TenantOverride_AppliesToThatTenantOnly()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        var limiter = rig.Server("one", o => o.Tenants["small"] = new TenantRateLimitOptions { PerMinute = 3 });

        var small = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            small.Add((await limiter.AcquireAsync("small", null)).Allowed);
        }

        Assert.Equal([true, true, true, false], small);
        var other = await limiter.AcquireAsync("big", null);
        Assert.True(other.Allowed);
        Assert.Equal(100, other.Limit);
    }

    [Fact]
    public async Task AcquireAsync_PerActorMode_LimitsEachActorSeparately()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        var limiter = rig.Server("one", o => (o.PerActor, o.PerActorPerMinute) = (true, 2));

        Assert.True((await limiter.AcquireAsync("tenant-a", "alice")).Allowed);
        Assert.True((await limiter.AcquireAsync("tenant-a", "alice")).Allowed);
        var third = await limiter.AcquireAsync("tenant-a", "alice");
        var bob = await limiter.AcquireAsync("tenant-a", "bob");
        var noActor = await limiter.AcquireAsync("tenant-a", null);

        Assert.False(third.Allowed);
        Assert.Equal(2, third.Limit);
        Assert.True(bob.Allowed);
        Assert.True(noActor.Allowed);
        Assert.Equal(100, noActor.Limit); // Requests without an actor count against the tenant.
    }

    [Fact]
    public async Task AcquireAsync_TwoServersTakingTurnsOnOneTable_AdmitWithinTenPercentOfTheLimit()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        DistributedRateLimiter[] servers = [rig.Server("east"), rig.Server("west")];

        var allowed = 0;
        for (var i = 0; i < 300; i++)
        {
            allowed += (await servers[i % 2].AcquireAsync("tenant-a", null)).Allowed ? 1 : 0;
            if (i % 2 == 1)
            {
                rig.Time.Advance(TimeSpan.FromMilliseconds(90)); // 300 requests in 13.5 s, with background syncs.
            }
        }

        Assert.InRange(allowed, 100, 110);
    }

    [Fact]
    public async Task AcquireAsync_ThreeServersConcurrently_AdmitWithinTenPercentOfTheLimit()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        DistributedRateLimiter[] servers = [rig.Server("a"), rig.Server("b"), rig.Server("c")];

        var results = await Task.WhenAll(servers.Select(server => Task.Run(async () =>
        {
            var count = 0;
            for (var i = 0; i < 60; i++)
            {
                count += (await server.AcquireAsync("tenant-a", null)).Allowed ? 1 : 0;
            }

            return count;
        })));

        Assert.InRange(results.Sum(), 90, 110);
    }

    [Fact]
    public async Task AcquireAsync_HostileIds_StayInTheirOwnKeys()
    {
        var rig = await RateLimitTestTables.CreateAsync();
        var limiter = rig.Server("one", o => (o.DefaultPerMinute, o.PerActor) = (1, true));

        Assert.True((await limiter.AcquireAsync("a/b#c?d\\e", null)).Allowed);
        Assert.True((await limiter.AcquireAsync("a", "b#c")).Allowed);
        Assert.True((await limiter.AcquireAsync("a|a:b#c", null)).Allowed);
        Assert.True((await limiter.AcquireAsync(new string('x', 2000), null)).Allowed);
        Assert.False((await limiter.AcquireAsync("a/b#c?d\\e", null)).Allowed);
    }
}
