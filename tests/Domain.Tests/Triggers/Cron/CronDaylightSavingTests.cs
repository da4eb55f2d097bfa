using static JobForge.Domain.Tests.Triggers.Cron.CronTestZones;

namespace JobForge.Domain.Tests.Triggers.Cron;

/// <summary>
/// Both transitions in three zones. 2026: Berlin springs forward 29 Mar 02:00→03:00 and falls back 25 Oct 03:00→02:00;
/// New York 8 Mar 02:00→03:00 and 1 Nov 02:00→01:00; Sydney (southern hemisphere) falls back 5 Apr 03:00→02:00 and
/// springs forward 4 Oct 02:00→03:00.
/// </summary>
public sealed class CronDaylightSavingTests
{
    [Theory]
    // spring-forward gap: a local time that does not exist fires once, at the first instant after the gap
    [InlineData("Europe/Berlin", "30 2 * * *", "2026-03-28T12:00:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00")]
    [InlineData("America/New_York", "30 2 * * *", "2026-03-07T12:00:00-05:00", "2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00")]
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-10-03T12:00:00+10:00", "2026-10-04T03:00:00+11:00", "2026-10-05T02:30:00+11:00")]
    // fall-back overlap: a local time that occurs twice fires once, at its first occurrence
    [InlineData("Europe/Berlin", "30 2 * * *", "2026-10-24T12:00:00+02:00", "2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00")]
    [InlineData("America/New_York", "30 1 * * *", "2026-10-31T12:00:00-04:00", "2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00")]
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-04-04T12:00:00+11:00", "2026-04-05T02:30:00+11:00", "2026-04-06T02:30:00+10:00")]
    public void Between_DailyAcrossTransition_FiresOnceEachDay(string zone, string cron, string after, string first, string second)
    {
        var fires = Expr(cron).Between(At(after), At(after).AddDays(2), Zone(zone), 10);

        Assert.Equal([first, second], fires.Select(fire => Iso(fire)));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-29T01:00:00+01:00", "01:00+01:00,01:15+01:00,01:30+01:00,01:45+01:00,03:00+02:00,03:15+02:00,03:30+02:00")]
    [InlineData("America/New_York", "2026-03-08T01:00:00-05:00", "01:00-05:00,01:15-05:00,01:30-05:00,01:45-05:00,03:00-04:00,03:15-04:00,03:30-04:00")]
    [InlineData("Australia/Sydney", "2026-10-04T01:00:00+10:00", "01:00+10:00,01:15+10:00,01:30+10:00,01:45+10:00,03:00+11:00,03:15+11:00,03:30+11:00")]
    public void Between_QuarterHourlyAcrossGap_FiresTheGapOnceAtItsEnd(string zone, string from, string expected)
    {
        var start = At(from).AddTicks(-1);

        var fires = Expr("*/15 * * * *").Between(start, start.AddHours(1.6), Zone(zone), 100);

        Assert.Equal(expected.Split(','), fires.Select(fire => Iso(fire)[11..16] + Iso(fire)[19..]));
        Assert.Equal(fires.Distinct().Count(), fires.Count);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-10-25T01:30:00+02:00", "01:30+02:00,01:45+02:00,02:00+02:00,02:15+02:00,02:30+02:00,02:45+02:00,03:00+01:00,03:15+01:00")]
    [InlineData("America/New_York", "2026-11-01T00:30:00-04:00", "00:30-04:00,00:45-04:00,01:00-04:00,01:15-04:00,01:30-04:00,01:45-04:00,02:00-05:00,02:15-05:00")]
    [InlineData("Australia/Sydney", "2026-04-05T01:30:00+11:00", "01:30+11:00,01:45+11:00,02:00+11:00,02:15+11:00,02:30+11:00,02:45+11:00,03:00+10:00,03:15+10:00")]
    public void Between_QuarterHourlyAcrossOverlap_DoesNotFireTheRepeatedHour(string zone, string from, string expected)
    {
        var start = At(from).AddTicks(-1);

        // 2 h 45 min of real time hold 12 quarter hours, but the repeated local hour fires only on its first pass
        var fires = Expr("*/15 * * * *").Between(start, start.AddMinutes(165).AddTicks(1), Zone(zone), 100);

        Assert.Equal(expected.Split(','), fires.Select(fire => Iso(fire)[11..16] + Iso(fire)[19..]));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-10-25T02:20:00+01:00", "2026-10-25T03:00:00+01:00")] // inside the second pass
    [InlineData("Europe/Berlin", "2026-10-25T02:20:00+02:00", "2026-10-25T02:30:00+02:00")] // inside the first pass
    [InlineData("Europe/Berlin", "2026-03-29T03:00:00+02:00", "2026-03-29T03:30:00+02:00")] // on the gap's end: strictly after
    [InlineData("Australia/Sydney", "2026-04-05T02:40:00+10:00", "2026-04-05T03:00:00+10:00")]
    public void NextAfter_InsideATransition_NeverRepeatsALocalTime(string zone, string after, string expected)
    {
        Assert.Equal(expected, Iso(Expr("0,30 * * * *").NextAfter(At(after), Zone(zone))));
    }

    [Theory]
    [InlineData("Europe/Berlin", "0 */10 * * * *", 6)] // six-field form
    [InlineData("America/New_York", "*/5 * * * *", 12)]
    [InlineData("Australia/Sydney", "0 * * * *", 1)]
    public void Between_AYearOfSlots_HasOneFirePerLocalTimeAndNoDuplicates(string zone, string cron, int perHour)
    {
        var tz = Zone(zone);
        var from = At("2026-01-01T00:00:00+00:00");

        var fires = Expr(cron).Between(from, from.AddDays(366), tz, 1_000_000);

        // every real hour fires perHour times except the repeated one; the gap's slots merge into the 03:00 fire
        Assert.Equal(((366 * 24) - 1) * perHour, fires.Count);
        Assert.Equal(fires.Count, fires.Distinct().Count());
        Assert.True(fires.Zip(fires.Skip(1)).All(pair => pair.First < pair.Second));
        Assert.All(fires, fire => Assert.Equal(tz.GetUtcOffset(fire), fire.Offset));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-10-25T02:20:00+01:00", "2026-10-25T02:00:00+02:00")]
    [InlineData("Europe/Berlin", "2026-03-29T03:10:00+02:00", "2026-03-29T03:00:00+02:00")]
    [InlineData("Europe/Berlin", "2026-03-29T01:59:00+01:00", "2026-03-29T01:00:00+01:00")]
    public void PreviousAtOrBefore_AroundTransitions_MatchesTheForwardRules(string zone, string atOrBefore, string expected)
    {
        Assert.Equal(expected, Iso(Expr("0 * * * *").PreviousAtOrBefore(At(atOrBefore), Zone(zone))));
    }

    [Theory]
    [InlineData("2026-10-25T02:00:00+01:00", "2026-10-25T03:00:00+01:00")]
    [InlineData("2026-10-25T02:59:59.5+01:00", "2026-10-25T03:00:00+01:00")]
    [InlineData("2026-10-25T02:59:59.5+02:00", "2026-10-25T03:00:00+01:00")]
    [InlineData("2026-10-25T01:59:59+02:00", "2026-10-25T02:00:00+02:00")]
    public void NextAfter_EverySecondDuringTheRepeatedHour_ResumesAfterTheOverlap(string after, string expected)
    {
        Assert.Equal(expected, Iso(Expr("* * * * * *").NextAfter(At(after), Berlin)));
    }

    [Theory]
    [InlineData("2026-10-25T02:20:00+01:00", "2026-10-25T02:59:59+02:00")] // second pass: the last second of the first pass
    [InlineData("2026-10-25T02:20:00.5+02:00", "2026-10-25T02:20:00+02:00")] // first pass
    [InlineData("2026-10-25T03:00:00+01:00", "2026-10-25T03:00:00+01:00")]
    public void PreviousAtOrBefore_EverySecondDuringTheRepeatedHour_IsTheFirstPass(string atOrBefore, string expected)
    {
        Assert.Equal(expected, Iso(Expr("* * * * * *").PreviousAtOrBefore(At(atOrBefore), Berlin)));
    }
}
