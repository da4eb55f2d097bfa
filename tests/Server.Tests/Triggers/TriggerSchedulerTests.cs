using JobForge.Domain.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Triggers;

public sealed class TriggerSchedulerTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    private const string Scan = "autopilot.ops.scan";

    [Fact]
    public async Task Tick_SixFieldSlotDue_FiresOnceWithTheSlotAsIdempotencyKey()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var created = await server.CreateCronAsync(tenant, key, "*/10 * * * * *");
        var id = created.GetProperty("id").GetString()!;
        var createdAt = created.GetProperty("updated_at").GetDateTimeOffset();
        Assert.Equal(NextTen(createdAt), created.GetProperty("next_fire_at").GetDateTimeOffset());
        await server.TickAsync();

        server.Clock.Advance(TimeSpan.FromSeconds(10));
        await server.TickAsync();
        await server.TickAsync(); // a repeated tick fires nothing more

        var slot = NextTen(createdAt);
        var ledger = await server.LedgerAsync(tenant);
        Assert.Equal(1, ledger.RunCount);
        Assert.True(ledger.HasRun(Scan, FireIdentity.ForSlot(id, slot)));
        var decision = Assert.Single(await server.DecisionsAsync(key, id));
        Assert.Equal("fire", decision.GetProperty("decision").GetString());
        Assert.Equal("queued", decision.GetProperty("outcome").GetString());
        Assert.Equal(slot, decision.GetProperty("scheduled_at").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("fire_once", 1)]
    [InlineData("skip", 0)]
    public async Task Tick_AfterDowntime_MissedSlotsFollowTheMisfirePolicy(string policy, int expectedRuns)
    {
        var (tenant, key) = await server.NewAdminAsync();
        server.Clock.SetUtcNow(MinuteFloor(server.Clock.GetUtcNow()).AddMinutes(1).AddSeconds(15));
        var created = await server.CreateCronAsync(tenant, key, "* * * * *", $$""","misfire_policy":"{{policy}}" """);
        var id = created.GetProperty("id").GetString()!;
        await server.TickAsync();
        var createdAt = server.Clock.GetUtcNow();

        server.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(30)); // down for ten slots; the grace is 5 s
        await server.TickAsync();

        var latestMissed = MinuteFloor(server.Clock.GetUtcNow());
        var ledger = await server.LedgerAsync(tenant);
        Assert.Equal(expectedRuns, ledger.RunCount);
        Assert.Equal(expectedRuns == 1, ledger.HasRun(Scan, FireIdentity.ForSlot(id, latestMissed)));

        server.Clock.SetUtcNow(latestMissed.AddMinutes(1));
        await server.TickAsync(); // the schedule resumes on time
        Assert.True((await server.LedgerAsync(tenant)).HasRun(Scan, FireIdentity.ForSlot(id, latestMissed.AddMinutes(1))));
        Assert.Equal(expectedRuns + 1, (await server.LedgerAsync(tenant)).RunCount);
        Assert.True(createdAt < latestMissed);
    }

    [Fact]
    public async Task Tick_SlotsWithinTheGrace_EachFire()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync();

        server.Clock.Advance(TimeSpan.FromSeconds(4));
        await server.TickAsync();

        Assert.Equal(4, (await server.LedgerAsync(tenant)).RunCount);
        Assert.Equal(4, (await server.DecisionsAsync(key, id)).Count(d => d.GetProperty("decision").GetString() == "fire"));
    }

    [Fact]
    public async Task Tick_Cooldown_BlocksSlotsUntilItElapses()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *", cooldown: 3)).GetProperty("id").GetString()!;
        await server.TickAsync();

        for (var i = 0; i < 4; i++)
        {
            server.Clock.Advance(TimeSpan.FromSeconds(1));
            await server.TickAsync();
        }

        var codes = (await server.DecisionsAsync(key, id)).Select(d => d.GetProperty("decision").GetString()).Reverse().ToList();
        Assert.Equal(["fire", "cooldown", "cooldown", "fire"], codes);
        Assert.Equal(2, (await server.LedgerAsync(tenant)).RunCount);
    }

    [Fact]
    public async Task Tick_CountersTakenElsewhereSinceTheLastFire_AreReadAgain_AndTheCooldownHolds()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *", cooldown: 3)).GetProperty("id").GetString()!;
        await server.TickAsync();
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await server.TickAsync(); // fires, and the scheduler keeps the counters it wrote
        var firedAt = MinuteFloor(server.Clock.GetUtcNow()).AddSeconds(server.Clock.GetUtcNow().Second);

        // Another server (a deposed leader) takes the counters two seconds later: the scheduler's copy is now stale.
        var counters = server.Server.App.Services.GetRequiredService<ITriggerCounters>();
        Assert.NotNull(await counters.TryRecordFireAsync(tenant, id, await counters.GetAsync(tenant, id), firedAt.AddSeconds(2), "elsewhere"));
        server.Clock.Advance(TimeSpan.FromSeconds(3));
        await server.TickAsync(); // by its copy the cooldown elapsed at the third slot; by the stored counters it did not

        var codes = (await server.DecisionsAsync(key, id)).Select(d => d.GetProperty("decision").GetString()).Reverse().ToList();
        Assert.Equal(["fire", "cooldown", "cooldown", "cooldown"], codes);
        Assert.Equal(1, (await server.LedgerAsync(tenant)).RunCount);
    }

    [Fact]
    public async Task Tick_DryRunTrigger_RecordsWhatWouldHaveFiredAndRequestsNothing()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *", ""","dry_run":true""")).GetProperty("id").GetString()!;
        await server.TickAsync();

        server.Clock.Advance(TimeSpan.FromSeconds(1));
        await server.TickAsync();

        var decision = Assert.Single(await server.DecisionsAsync(key, id));
        Assert.Equal("dry_run", decision.GetProperty("decision").GetString());
        Assert.Equal("would_request", decision.GetProperty("outcome").GetString());
        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
    }

    [Fact]
    public async Task Tick_DisabledByPatch_StopsFiring()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var id = (await server.CreateCronAsync(tenant, key, "* * * * * *")).GetProperty("id").GetString()!;
        await server.TickAsync();
        using var patched = await server.SendAsync(HttpMethod.Patch, key, $"/api/v1/triggers/{id}", """{"enabled":false}""");
        Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());

        server.Clock.Advance(TimeSpan.FromSeconds(3));
        await server.TickAsync();

        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
        Assert.Null(server.Scheduler.Index.Find(tenant, id));
    }

    private static DateTimeOffset NextTen(DateTimeOffset after)
    {
        var seconds = after.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(seconds - (seconds % 10) + 10);
    }

    private static DateTimeOffset MinuteFloor(DateTimeOffset at) => DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds() / 60 * 60);
}
