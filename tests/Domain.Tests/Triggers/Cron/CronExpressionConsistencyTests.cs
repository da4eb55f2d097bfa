using static JobForge.Domain.Tests.Triggers.Cron.CronTestZones;

namespace JobForge.Domain.Tests.Triggers.Cron;

/// <summary>The forward and backward searches agree on the same slots, instant by instant, across transitions.</summary>
public sealed class CronExpressionConsistencyTests
{
    [Theory]
    [InlineData("Europe/Berlin", "*/15 * * * *", "2026-10-24T22:00:00+00:00")]
    [InlineData("Europe/Berlin", "30 2 * * *", "2026-03-28T22:00:00+00:00")]
    [InlineData("America/New_York", "*/7 1-3 * * *", "2026-11-01T03:00:00+00:00")]
    [InlineData("Australia/Sydney", "0,30 * * * * *", "2026-04-04T14:00:00+00:00")]
    [InlineData("Australia/Sydney", "*/20 2 * * *", "2026-10-03T14:00:00+00:00")]
    public void NextAfterAndPreviousAtOrBefore_AroundTransitions_AgreeEverySevenMinutes(string zone, string cron, string from)
    {
        var tz = Zone(zone);
        var expression = Expr(cron);
        for (var x = At(from); x < At(from).AddHours(8); x = x.AddMinutes(7).AddSeconds(13))
        {
            var next = expression.NextAfter(x, tz)!.Value;
            var previous = expression.PreviousAtOrBefore(x, tz)!.Value;

            Assert.True(previous <= x && x < next, $"{Iso(previous)} <= {Iso(x)} < {Iso(next)}");
            Assert.Equal(next, expression.PreviousAtOrBefore(next, tz));
            Assert.Equal(next, expression.NextAfter(previous, tz));
            Assert.Equal(tz.GetUtcOffset(next), next.Offset);
        }
    }
}
