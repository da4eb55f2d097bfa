namespace JobForge.Domain.Triggers.Cron;

/// <summary>The backward search, used to find the latest missed slot without walking every slot in between.</summary>
public sealed partial class CronExpression
{
    /// <summary>
    /// The last occurrence at or before <paramref name="atOrBefore"/> in <paramref name="zone"/> (same gap and overlap
    /// rules as <see cref="NextAfter"/>), or null when there is none within five years before it.
    /// </summary>
    public DateTimeOffset? PreviousAtOrBefore(DateTimeOffset atOrBefore, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (atOrBefore.UtcDateTime.Year < 8)
        {
            return null;
        }

        if (atOrBefore > s_latest)
        {
            atOrBefore = s_latest; // instants in the last calendar year are left out so that offsets never leave the calendar
        }

        var hint = zone.GetUtcOffset(atOrBefore);
        var local = atOrBefore.UtcDateTime + hint;
        if (zone.IsAmbiguousTime(atOrBefore) && hint < zone.GetAmbiguousTimeOffsets(atOrBefore).Max())
        {
            // In the second pass of an overlap every local time of the overlap already fired on the first pass, so the
            // last candidate is the overlap's last second.
            local = FirstLocalOutside(WholeSeconds(local), zone, static (z, t) => z.IsAmbiguousTime(t)).AddSeconds(-1);
        }

        var limit = atOrBefore.UtcDateTime.Year < 10 ? DateTimeOffset.MinValue : atOrBefore - s_horizon;
        var start = WholeSeconds(local);
        while (_schedule.PreviousLocal(start, local.Year - 6) is { } candidate)
        {
            var fire = FireInstant(candidate, zone, hint);
            if (fire < limit)
            {
                return null;
            }

            if (fire <= atOrBefore)
            {
                return fire;
            }

            start = candidate.AddSeconds(-1);
        }

        return null;
    }
}
