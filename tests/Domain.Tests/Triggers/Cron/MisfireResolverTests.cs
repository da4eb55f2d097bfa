using JobForge.Domain.Triggers.Cron;
using static JobForge.Domain.Tests.Triggers.Cron.CronTestZones;

namespace JobForge.Domain.Tests.Triggers.Cron;

public sealed class MisfireResolverTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    [Theory]
    // hourly slots; last fired 00:00; now is the given time
    // nothing due yet
    [InlineData("2026-01-01T00:59:59+00:00", "FireOnce", "none")]
    [InlineData("2026-01-01T00:59:59+00:00", "Skip", "none")]
    // the 01:00 slot is due and on time (exactly at the grace edge it is still on time)
    [InlineData("2026-01-01T01:00:00+00:00", "FireOnce", "2026-01-01T01:00:00+00:00")]
    [InlineData("2026-01-01T01:00:30+00:00", "FireOnce", "2026-01-01T01:00:00+00:00")]
    [InlineData("2026-01-01T01:00:30+00:00", "Skip", "2026-01-01T01:00:00+00:00")]
    // one tick past the grace edge it is missed: fire_once still fires it, skip drops it
    [InlineData("2026-01-01T01:00:30.0000001+00:00", "FireOnce", "2026-01-01T01:00:00+00:00")]
    [InlineData("2026-01-01T01:00:30.0000001+00:00", "Skip", "none")]
    // a day of downtime: fire_once collapses 24 missed slots into the latest; skip fires none
    [InlineData("2026-01-02T00:30:00+00:00", "FireOnce", "2026-01-02T00:00:00+00:00")]
    [InlineData("2026-01-02T00:30:00+00:00", "Skip", "none")]
    // downtime ending just after a slot: the missed ones collapse first, the on-time slot follows on the next call
    [InlineData("2026-01-02T00:00:10+00:00", "FireOnce", "2026-01-01T23:00:00+00:00")]
    [InlineData("2026-01-02T00:00:10+00:00", "Skip", "2026-01-02T00:00:00+00:00")]
    public void SlotToFire_HourlyAfterDowntime_FollowsThePolicyAtTheGraceEdge(string now, string policy, string expected)
    {
        var slot = MisfireResolver.SlotToFire(
            Expr("0 * * * *"), TimeZoneInfo.Utc, At("2026-01-01T00:00:00+00:00"), At(now), Enum.Parse<MisfirePolicy>(policy), Grace);

        Assert.Equal(expected, Iso(slot));
    }

    [Theory]
    [InlineData("FireOnce", "2026-01-01T23:00:00+00:00,2026-01-02T00:00:00+00:00")]
    [InlineData("Skip", "2026-01-02T00:00:00+00:00")]
    public void SlotToFire_CalledUntilNull_FiresEachSlotOnceInOrder(string policy, string expected)
    {
        var cron = Expr("0 * * * *");
        var now = At("2026-01-02T00:00:10+00:00");
        var last = At("2026-01-01T00:00:00+00:00");
        var fired = new List<string>();

        while (MisfireResolver.SlotToFire(cron, TimeZoneInfo.Utc, last, now, Enum.Parse<MisfirePolicy>(policy), Grace) is { } slot)
        {
            fired.Add(Iso(slot));
            last = slot;
        }

        Assert.Equal(expected.Split(','), fired);
    }

    [Fact]
    public void SlotToFire_EverySecondWithinGrace_ReturnsOnTimeSlotsOldestFirst()
    {
        var slot = MisfireResolver.SlotToFire(
            Expr("* * * * * *"), TimeZoneInfo.Utc, At("2026-01-01T00:00:00+00:00"), At("2026-01-01T00:00:05+00:00"), MisfirePolicy.Skip, TimeSpan.FromSeconds(10));

        Assert.Equal("2026-01-01T00:00:01+00:00", Iso(slot));
    }

    [Fact]
    public void SlotToFire_YearsOfPerSecondDowntime_IsFast()
    {
        var slot = MisfireResolver.SlotToFire(
            Expr("* * * * * *"), Berlin, At("2020-01-01T00:00:00+00:00"), At("2026-06-01T12:00:00+00:00"), MisfirePolicy.FireOnce, TimeSpan.Zero);

        Assert.Equal("2026-06-01T13:59:59+02:00", Iso(slot));
    }

    [Fact]
    public void SlotToFire_NowNotAfterLastScheduled_IsNull()
    {
        var at = At("2026-01-01T00:00:00+00:00");

        Assert.Null(MisfireResolver.SlotToFire(Expr("* * * * *"), TimeZoneInfo.Utc, at, at, MisfirePolicy.FireOnce, Grace));
        Assert.Null(MisfireResolver.SlotToFire(Expr("* * * * *"), TimeZoneInfo.Utc, at, at.AddHours(-1), MisfirePolicy.FireOnce, Grace));
    }

    [Fact]
    public void SlotToFire_HugeGraceOrNegativeGrace_IsHandled()
    {
        var last = At("2026-01-01T00:00:00+00:00");

        Assert.Equal("2026-01-01T00:01:00+00:00", Iso(MisfireResolver.SlotToFire(Expr("* * * * *"), TimeZoneInfo.Utc, last, last.AddHours(1), MisfirePolicy.FireOnce, TimeSpan.MaxValue)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MisfireResolver.SlotToFire(Expr("* * * * *"), TimeZoneInfo.Utc, last, last.AddHours(1), MisfirePolicy.Skip, TimeSpan.FromTicks(-1)));
    }
}
