using static JobForge.Domain.Tests.Triggers.Cron.CronTestZones;

namespace JobForge.Domain.Tests.Triggers.Cron;

public sealed class CronExpressionBetweenTests
{
    [Fact]
    public void Between_Window_IsExclusiveAtTheStartAndInclusiveAtTheEnd()
    {
        var fires = Expr("0 * * * *").Between(At("2026-01-01T00:00:00+00:00"), At("2026-01-01T03:00:00+00:00"), TimeZoneInfo.Utc, 10);

        Assert.Equal(["2026-01-01T01:00:00+00:00", "2026-01-01T02:00:00+00:00", "2026-01-01T03:00:00+00:00"], fires.Select(fire => Iso(fire)));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    public void Between_Max_CapsTheCount(int max, int expected)
    {
        var fires = Expr("* * * * * *").Between(At("2026-01-01T00:00:00+00:00"), At("2026-01-02T00:00:00+00:00"), TimeZoneInfo.Utc, max);

        Assert.Equal(expected, fires.Count);
    }

    [Fact]
    public void Between_EmptyOrReversedWindow_IsEmpty()
    {
        var at = At("2026-01-01T00:00:00+00:00");

        Assert.Empty(Expr("* * * * *").Between(at, at, TimeZoneInfo.Utc, 10));
        Assert.Empty(Expr("* * * * *").Between(at, at.AddHours(-1), TimeZoneInfo.Utc, 10));
    }

    [Fact]
    public void Between_LeapDays_AreTheTwentyNinthsOfFebruaryOnly()
    {
        var fires = Expr("0 0 29 2 *").Between(At("2023-01-01T00:00:00+00:00"), At("2033-01-01T00:00:00+00:00"), TimeZoneInfo.Utc, 10);

        Assert.Equal(["2024-02-29", "2028-02-29", "2032-02-29"], fires.Select(fire => Iso(fire)[..10]));
    }

    [Fact]
    public void Between_LastDaysOfMonths_SkipShortMonths()
    {
        var fires = Expr("0 12 31 * *").Between(At("2026-01-01T00:00:00+00:00"), At("2027-01-01T00:00:00+00:00"), TimeZoneInfo.Utc, 20);

        Assert.Equal(["01-31", "03-31", "05-31", "07-31", "08-31", "10-31", "12-31"], fires.Select(fire => Iso(fire)[5..10]));
    }

    [Fact]
    public void Between_AgreesWithAMinuteByMinuteOracle()
    {
        var cron = Expr("*/7 1-5,22 1,15-17 * MON,SAT");
        var from = At("2026-02-01T00:00:00+00:00");
        var until = from.AddDays(60);

        var fires = cron.Between(from, until, TimeZoneInfo.Utc, 10_000);

        var oracle = new List<DateTimeOffset>();
        for (var t = from.AddMinutes(1); t <= until; t = t.AddMinutes(1))
        {
            var dayMatches = t.Day is 1 or (>= 15 and <= 17) || t.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Saturday;
            if (t.Minute % 7 == 0 && (t.Hour is >= 1 and <= 5 or 22) && dayMatches)
            {
                oracle.Add(t);
            }
        }

        Assert.Equal(oracle, fires);
    }
}
