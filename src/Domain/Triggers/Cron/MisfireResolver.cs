namespace JobForge.Domain.Triggers.Cron;

/// <summary>
/// Decides which slot of a cron trigger to fire now, given the last slot it fired for. Slots are the occurrences in
/// (<c>lastScheduled</c>, <c>now</c>]. A slot is ON TIME when <c>now − slot ≤ grace</c> and MISSED when it is older.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="MisfirePolicy.FireOnce"/>: if any slot was missed, the latest missed slot is returned (all missed
/// slots collapse into that one fire); otherwise the earliest on-time slot.</item>
/// <item><see cref="MisfirePolicy.Skip"/>: missed slots are never returned; the earliest on-time slot is.</item>
/// <item>Null when there is nothing to fire (no slot in the window, or only missed slots under <c>Skip</c>).</item>
/// </list>
/// On-time slots are returned as they are, oldest first, one per call: the caller fires the slot, records it as its
/// new <c>lastScheduled</c>, and asks again until null. The cost does not grow with the number of missed slots.
/// </remarks>
public static class MisfireResolver
{
    /// <summary>The slot to fire now, or null (see the type's remarks); <paramref name="grace"/> must not be negative.</summary>
    public static DateTimeOffset? SlotToFire(CronExpression cron, TimeZoneInfo zone, DateTimeOffset lastScheduled, DateTimeOffset now, MisfirePolicy policy, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(cron);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        if (now <= lastScheduled)
        {
            return null;
        }

        var onTimeFrom = grace >= now - DateTimeOffset.MinValue ? DateTimeOffset.MinValue : now - grace; // on time: slot >= onTimeFrom
        if (policy == MisfirePolicy.FireOnce && onTimeFrom > lastScheduled
            && cron.PreviousAtOrBefore(onTimeFrom.AddTicks(-1), zone) is { } missed && missed > lastScheduled)
        {
            return missed;
        }

        var searchAfter = onTimeFrom > lastScheduled ? onTimeFrom.AddTicks(-1) : lastScheduled;
        return cron.NextAfter(searchAfter, zone) is { } next && next <= now ? next : null;
    }
}
