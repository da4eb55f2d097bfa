using JobForge.Application.Triggers;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Fuzz.Targets;

/// <summary>
/// A cron trigger's <c>cron</c> and <c>timezone</c>: the parser, then the schedule searches the scheduler runs (next,
/// previous, a window of slots, the misfire decision) from instants that stress the calendar (DST changes, leap days,
/// the ends of the supported range). Input: <c>cron\ntimezone</c>; the input's length picks the instant.
/// </summary>
public static class CronTarget
{
    private static readonly DateTimeOffset[] s_instants =
    [
        new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero),
        new(2026, 3, 29, 0, 59, 59, TimeSpan.Zero),
        new(2026, 10, 25, 0, 30, 0, TimeSpan.Zero),
        new(2028, 2, 28, 23, 59, 59, TimeSpan.Zero),
        new(9997, 12, 31, 23, 59, 0, TimeSpan.Zero),
        new(1, 1, 1, 0, 0, 0, TimeSpan.Zero),
        DateTimeOffset.MaxValue,
    ];

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] data)
    {
        var lines = FuzzInput.Text(data).Split('\n', 2);
        var parsed = CronExpression.Parse(lines[0]);
        FuzzInput.Check(parsed.IsSuccess != (parsed.Error is not null), "a result is an expression or an error");
        if (parsed.Expression is not { } cron)
        {
            return;
        }

        var zone = lines.Length > 1 ? TriggerTimeZones.Find(lines[1].Trim()) ?? TimeZoneInfo.Utc : TimeZoneInfo.Utc;
        var now = s_instants[data.Length % s_instants.Length];
        var next = cron.NextAfter(now, zone);
        FuzzInput.Check(next is null || next > now, "the next slot is after the instant");
        var previous = cron.PreviousAtOrBefore(now, zone);
        FuzzInput.Check(previous is null || previous <= now, "the previous slot is at or before the instant");
        var window = cron.Between(now, now.UtcDateTime.Year < 9990 ? now.AddDays(2) : now, zone, 50);
        for (var i = 1; i < window.Count; i++)
        {
            FuzzInput.Check(window[i] > window[i - 1], "slots in a window are strictly increasing");
        }

        if (previous is { } last && now.UtcDateTime.Year < 9990)
        {
            _ = MisfireResolver.SlotToFire(cron, zone, last.AddDays(-1), now, MisfirePolicy.FireOnce, TimeSpan.FromMinutes(5));
            _ = MisfireResolver.SlotToFire(cron, zone, last.AddDays(-1), now, MisfirePolicy.Skip, TimeSpan.FromMinutes(5));
        }

        FuzzInput.Check(CronExpression.Parse(cron.Text).IsSuccess, "an expression's canonical text parses again");
    }
}
