namespace JobForge.Domain.Triggers.Cron;

/// <summary>The wall-clock searches: first match at or after a time, last match at or before one.</summary>
internal sealed partial class CronSchedule
{
    /// <summary>The first matching wall-clock second at or after <paramref name="start"/> (whole seconds), or null past <paramref name="lastYear"/> (≤ 9998).</summary>
    public DateTime? NextLocal(DateTime start, int lastYear)
    {
        var t = start;
        while (t.Year <= lastYear)
        {
            t.Deconstruct(out var year, out var month, out var day);
            var m = NextBit(_months, month);
            if (m != month)
            {
                t = m < 0 ? new DateTime(year + 1, 1, 1) : new DateTime(year, m, 1);
                continue;
            }

            var d = NextBit(DaysIn(year, month), day);
            if (d != day)
            {
                t = d < 0 ? new DateTime(year, month, 1).AddMonths(1) : new DateTime(year, month, d);
                continue;
            }

            var h = NextBit(_hours, t.Hour);
            if (h < 0)
            {
                t = new DateTime(year, month, day).AddDays(1);
                continue;
            }

            var mi = h == t.Hour ? NextBit(_minutes, t.Minute) : NextBit(_minutes, 0);
            if (mi < 0)
            {
                t = new DateTime(year, month, day, h, 0, 0).AddHours(1);
                continue;
            }

            var s = h == t.Hour && mi == t.Minute ? NextBit(_seconds, t.Second) : NextBit(_seconds, 0);
            if (s < 0)
            {
                t = new DateTime(year, month, day, h, mi, 0).AddMinutes(1);
                continue;
            }

            return new DateTime(year, month, day, h, mi, s);
        }

        return null;
    }

    /// <summary>The last matching wall-clock second at or before <paramref name="start"/> (whole seconds), or null before <paramref name="firstYear"/> (≥ 2).</summary>
    public DateTime? PreviousLocal(DateTime start, int firstYear)
    {
        var t = start;
        while (t.Year >= firstYear)
        {
            t.Deconstruct(out var year, out var month, out var day);
            var m = PreviousBit(_months, month);
            if (m != month)
            {
                t = m < 0 ? new DateTime(year, 1, 1).AddSeconds(-1) : new DateTime(year, m, 1).AddMonths(1).AddSeconds(-1);
                continue;
            }

            var d = PreviousBit(DaysIn(year, month), day);
            if (d != day)
            {
                t = d < 0 ? new DateTime(year, month, 1).AddSeconds(-1) : new DateTime(year, month, d, 23, 59, 59);
                continue;
            }

            var h = PreviousBit(_hours, t.Hour);
            if (h < 0)
            {
                t = new DateTime(year, month, day).AddSeconds(-1);
                continue;
            }

            var mi = h == t.Hour ? PreviousBit(_minutes, t.Minute) : PreviousBit(_minutes, 59);
            if (mi < 0)
            {
                t = new DateTime(year, month, day, h, 0, 0).AddSeconds(-1);
                continue;
            }

            var s = h == t.Hour && mi == t.Minute ? PreviousBit(_seconds, t.Second) : PreviousBit(_seconds, 59);
            if (s < 0)
            {
                t = new DateTime(year, month, day, h, mi, 0).AddSeconds(-1);
                continue;
            }

            return new DateTime(year, month, day, h, mi, s);
        }

        return null;
    }
}
