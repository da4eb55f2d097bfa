namespace JobForge.Domain.Triggers.Cron;

/// <summary>Which slot a cron trigger fires next, applying its misfire policy (throwaway stub).</summary>
public static class MisfireResolver
{
    /// <summary>The next slot to fire after <paramref name="lastScheduled"/>, or null.</summary>
    public static DateTimeOffset? SlotToFire(
        CronExpression cron, TimeZoneInfo zone, DateTimeOffset lastScheduled, DateTimeOffset now, MisfirePolicy policy, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var first = cron.NextAfter(lastScheduled, zone);
        if (first is not { } slot || slot > now)
        {
            return null;
        }

        if (now - slot <= grace)
        {
            return slot;
        }

        var latest = slot;
        for (var i = 0; i < 1_000_000 && cron.NextAfter(latest, zone) is { } next && next <= now; i++)
        {
            latest = next;
        }

        return now - latest <= grace || policy == MisfirePolicy.FireOnce ? latest : null;
    }
}
