namespace JobForge.Domain.Triggers.Cron;

/// <summary>Mapping matching wall-clock times to instants across daylight-saving gaps and overlaps.</summary>
public sealed partial class CronExpression
{
    /// <summary>
    /// The instant a matching local time fires at: itself when it exists once; its first occurrence when it exists
    /// twice; the first instant after the gap when it does not exist. Non-decreasing in <paramref name="local"/>.
    /// </summary>
    /// <param name="local">A whole-second wall-clock time.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="hint">
    /// The offset most likely in force (the one at the search's starting instant). When the zone has that offset a day
    /// either side of the guessed instant, no transition is near (zones do not change offset twice within two days) and
    /// the time exists exactly once at that instant: two cheap offset look-ups instead of the slower wall-clock ones,
    /// which are kept for the days around a transition.
    /// </param>
    private static DateTimeOffset FireInstant(DateTime local, TimeZoneInfo zone, TimeSpan hint)
    {
        var utcTicks = local.Ticks - hint.Ticks;
        if (utcTicks > TimeSpan.TicksPerDay && utcTicks < DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay
            && zone.GetUtcOffset(new DateTimeOffset(utcTicks - TimeSpan.TicksPerDay, TimeSpan.Zero)) == hint
            && zone.GetUtcOffset(new DateTimeOffset(utcTicks + TimeSpan.TicksPerDay, TimeSpan.Zero)) == hint)
        {
            return At(local, hint);
        }

        if (zone.IsInvalidTime(local))
        {
            var after = FirstLocalOutside(local, zone, static (z, t) => z.IsInvalidTime(t));
            return At(after, zone.GetUtcOffset(after));
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return At(local, offsets.Max());
        }

        return At(local, zone.GetUtcOffset(local));
    }

    /// <summary>The instant of a local time at an offset; historical offsets with seconds (local mean time) are shown truncated to minutes.</summary>
    private static DateTimeOffset At(DateTime local, TimeSpan offset)
    {
        if (offset.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return new DateTimeOffset(local, offset);
        }

        var utc = new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
        return utc.ToOffset(TimeSpan.FromMinutes(Math.Truncate(offset.TotalMinutes)));
    }

    /// <summary>
    /// The first whole-second local time after <paramref name="inside"/> for which <paramref name="isInside"/> is false:
    /// the end of the gap or overlap that <paramref name="inside"/> lies in (both are shorter than a day).
    /// </summary>
    private static DateTime FirstLocalOutside(DateTime inside, TimeZoneInfo zone, Func<TimeZoneInfo, DateTime, bool> isInside)
    {
        long low = 0; // inside at low
        long high = 86_400; // assumed outside at high
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (isInside(zone, inside.AddSeconds(middle)))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return inside.AddSeconds(high);
    }
}
