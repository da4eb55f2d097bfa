using System.Diagnostics;
using static JobForge.Domain.Tests.Triggers.Cron.CronTestZones;

namespace JobForge.Domain.Tests.Triggers.Cron;

/// <summary>A loose guard, not a benchmark: a scheduler computes NextAfter for 100,000 triggers.</summary>
public sealed class CronExpressionSpeedTests
{
    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/Berlin")]
    public void NextAfter_HundredThousandCalls_TakeUnderOneSecond(string zone)
    {
        var tz = Zone(zone);
        var crons = new[] { "*/5 * * * *", "0 9 * * MON-FRI", "30 2 1,15 * *", "0 0 29 2 *", "15 */10 * * * *", "0 0 13 * FRI" }.Select(Expr).ToArray();
        var at = At("2026-03-01T00:00:00+00:00");
        crons[0].NextAfter(at, tz); // warm up

        // best of three runs, so that a busy shared machine does not fail a loose guard
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3 && best >= TimeSpan.FromSeconds(1); run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 100_000; i++)
            {
                Assert.NotNull(crons[i % crons.Length].NextAfter(at.AddSeconds(i * 37), tz));
            }

            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"100,000 NextAfter calls took {best.TotalMilliseconds} ms");
    }
}
