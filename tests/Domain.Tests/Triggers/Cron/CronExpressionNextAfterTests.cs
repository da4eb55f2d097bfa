using static JobForge.Domain.Tests.Triggers.Cron.CronTestZones;

namespace JobForge.Domain.Tests.Triggers.Cron;

public sealed class CronExpressionNextAfterTests
{
    [Theory]
    // strictly after: an instant on a slot moves to the next one; sub-seconds count
    [InlineData("* * * * *", "2026-01-01T00:00:00+00:00", "2026-01-01T00:01:00+00:00")]
    [InlineData("* * * * *", "2026-01-01T00:00:59+00:00", "2026-01-01T00:01:00+00:00")]
    [InlineData("*/15 * * * *", "2026-01-01T00:14:59.999+00:00", "2026-01-01T00:15:00+00:00")]
    [InlineData("0 9 * * *", "2026-01-01T09:00:00+00:00", "2026-01-02T09:00:00+00:00")]
    // six fields: seconds
    [InlineData("*/10 * * * * *", "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:10+00:00")]
    [InlineData("30 0 12 * * *", "2026-01-01T12:00:30+00:00", "2026-01-02T12:00:30+00:00")]
    [InlineData("5-7 * * * * *", "2026-01-01T00:00:07+00:00", "2026-01-01T00:01:05+00:00")]
    // steps, ranges, lists, names
    [InlineData("0 0-23/6 * * *", "2026-01-01T06:00:00+00:00", "2026-01-01T12:00:00+00:00")]
    [InlineData("10/20 * * * *", "2026-01-01T00:30:00+00:00", "2026-01-01T00:50:00+00:00")]
    [InlineData("0 0 1 jan,JUL *", "2026-02-01T00:00:00+00:00", "2026-07-01T00:00:00+00:00")]
    [InlineData("0 9 * * MON-FRI", "2026-01-02T09:00:00+00:00", "2026-01-05T09:00:00+00:00")] // Fri → Mon
    [InlineData("0 0 * * 7", "2026-01-01T00:00:00+00:00", "2026-01-04T00:00:00+00:00")] // 7 = Sunday
    [InlineData("0 0 * * 0", "2026-01-01T00:00:00+00:00", "2026-01-04T00:00:00+00:00")]
    [InlineData("0 0 * * 5-7", "2026-01-03T00:00:00+00:00", "2026-01-04T00:00:00+00:00")] // Sat → Sun
    // day-of-month OR day-of-week when both are restricted; AND-like when one is * or ?
    [InlineData("0 0 13 * FRI", "2026-01-01T00:00:00+00:00", "2026-01-02T00:00:00+00:00")] // Fri 2nd before the 13th
    [InlineData("0 0 13 * FRI", "2026-01-09T00:00:00+00:00", "2026-01-13T00:00:00+00:00")] // Tue 13th before Fri 16th
    [InlineData("0 0 13 * *", "2026-01-01T00:00:00+00:00", "2026-01-13T00:00:00+00:00")]
    [InlineData("0 0 ? * FRI", "2026-01-03T00:00:00+00:00", "2026-01-09T00:00:00+00:00")]
    [InlineData("0 0 */10 * MON", "2026-01-02T00:00:00+00:00", "2026-01-05T00:00:00+00:00")] // */10 restricts: OR
    // month ends and leap years
    [InlineData("0 0 31 * *", "2026-01-31T00:00:00+00:00", "2026-03-31T00:00:00+00:00")]
    [InlineData("0 0 31 * *", "2026-04-01T00:00:00+00:00", "2026-05-31T00:00:00+00:00")]
    [InlineData("0 0 30 * *", "2026-01-30T00:00:00+00:00", "2026-03-30T00:00:00+00:00")]
    [InlineData("0 0 29 2 *", "2026-01-01T00:00:00+00:00", "2028-02-29T00:00:00+00:00")]
    [InlineData("0 0 29 2 *", "2028-02-29T00:00:00+00:00", "2032-02-29T00:00:00+00:00")]
    [InlineData("0 0 29 FEB MON", "2026-02-24T00:00:00+00:00", "2027-02-01T00:00:00+00:00")] // OR: Mondays in February count
    [InlineData("59 23 31 12 *", "2026-12-31T23:59:00+00:00", "2027-12-31T23:59:00+00:00")]
    [InlineData("0 0 1 1 *", "2026-12-31T23:59:59.9999999+00:00", "2027-01-01T00:00:00+00:00")]
    // the input's offset does not matter, only the instant; the result has the zone's offset (UTC here)
    [InlineData("0 12 * * *", "2026-06-01T13:00:00+02:00", "2026-06-01T12:00:00+00:00")]
    public void NextAfter_InUtc_IsTheFirstOccurrenceStrictlyAfter(string cron, string after, string expected)
    {
        var next = Expr(cron).NextAfter(At(after), TimeZoneInfo.Utc);

        Assert.Equal(expected, Iso(next));
        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
    }

    [Theory]
    [InlineData("0 0 29 2 *", "2096-03-01T00:00:00+00:00")] // 2100 is not a leap year: next is 2104, beyond five years
    [InlineData("0 0 1 1 *", "9999-06-01T00:00:00+00:00")]
    [InlineData("* * * * *", "9999-12-31T23:59:00+00:00")]
    public void NextAfter_NoOccurrenceWithinFiveYears_IsNull(string cron, string after)
    {
        Assert.Null(Expr(cron).NextAfter(At(after), TimeZoneInfo.Utc));
    }

    [Fact]
    public void NextAfter_ExtremeInstants_DoNotThrow()
    {
        var cron = Expr("* * * * *");

        Assert.Equal("0002-01-01T00:01:00+00:00", Iso(cron.NextAfter(DateTimeOffset.MinValue, TimeZoneInfo.Utc)));
        Assert.NotNull(cron.NextAfter(DateTimeOffset.MinValue, NewYork));
        Assert.Null(cron.NextAfter(DateTimeOffset.MaxValue, TimeZoneInfo.Utc));
        Assert.Null(cron.PreviousAtOrBefore(DateTimeOffset.MinValue, TimeZoneInfo.Utc));
        Assert.NotNull(cron.NextAfter(DateTimeOffset.MinValue, Berlin));
        Assert.Null(cron.NextAfter(DateTimeOffset.MaxValue, Sydney));
        Assert.NotNull(cron.PreviousAtOrBefore(DateTimeOffset.MaxValue, Sydney));
        Assert.Null(cron.PreviousAtOrBefore(DateTimeOffset.MinValue, NewYork));
    }

    [Theory]
    [InlineData("0 9 * * *", "Asia/Kolkata", "2026-01-01T09:00:00+05:30", "2026-01-02T09:00:00+05:30")]
    [InlineData("0 9 * * *", "Asia/Kolkata", "2026-01-01T03:00:00+00:00", "2026-01-01T09:00:00+05:30")]
    [InlineData("30 23 * * *", "Pacific/Kiritimati", "2026-01-01T00:00:00+00:00", "2026-01-01T23:30:00+14:00")]
    public void NextAfter_FixedOffsetZone_EvaluatesLocalTime(string cron, string zone, string after, string expected)
    {
        Assert.Equal(expected, Iso(Expr(cron).NextAfter(At(after), Zone(zone))));
    }

    [Theory]
    [InlineData("0 0 * * *", "2025-12-31T23:59:59+00:00", "2025-12-31T00:00:00+00:00")]
    [InlineData("0 0 * * *", "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00")]
    [InlineData("0 0 31 * *", "2026-04-15T00:00:00+00:00", "2026-03-31T00:00:00+00:00")]
    [InlineData("0 0 29 2 *", "2027-06-01T00:00:00+00:00", "2024-02-29T00:00:00+00:00")]
    [InlineData("*/10 * * * * *", "2026-01-01T00:00:09.5+00:00", "2026-01-01T00:00:00+00:00")]
    [InlineData("0 0 1 1 *", "2026-01-01T00:00:00.5+05:00", "2025-01-01T00:00:00+00:00")]
    public void PreviousAtOrBefore_InUtc_IsTheLastOccurrenceAtOrBefore(string cron, string atOrBefore, string expected)
    {
        Assert.Equal(expected, Iso(Expr(cron).PreviousAtOrBefore(At(atOrBefore), TimeZoneInfo.Utc)));
    }
}
