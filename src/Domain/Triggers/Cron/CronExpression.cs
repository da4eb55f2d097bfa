namespace JobForge.Domain.Triggers.Cron;

/// <summary>A cron expression (throwaway stub: numbers, <c>*</c> and <c>*/n</c> only).</summary>
public sealed class CronExpression
{
    private static readonly (int Min, int Max)[] s_ranges = [(0, 59), (0, 59), (0, 23), (1, 31), (1, 12), (0, 6)];
    private readonly Func<int, bool>[] _fields;

    private CronExpression(string text, bool hasSeconds, Func<int, bool>[] fields)
    {
        Text = text;
        HasSeconds = hasSeconds;
        _fields = fields;
    }

    /// <summary>The text parsed.</summary>
    public string Text { get; }

    /// <summary>Whether the expression has a seconds field.</summary>
    public bool HasSeconds { get; }

    /// <summary>Parses five or six fields.</summary>
    public static CronParseResult Parse(string? text)
    {
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (5 or 6))
        {
            return new CronParseResult(null, "a cron expression has 5 fields (or 6 with seconds)", null);
        }

        var offset = parts.Length == 6 ? 0 : 1;
        var fields = new Func<int, bool>[6];
        fields[0] = v => v == 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var (min, max) = s_ranges[i + offset];
            var part = parts[i];
            if (part == "*")
            {
                fields[i + offset] = static _ => true;
            }
            else if (part.StartsWith("*/", StringComparison.Ordinal) && int.TryParse(part[2..], out var step) && step > 0)
            {
                fields[i + offset] = v => (v - min) % step == 0;
            }
            else if (int.TryParse(part, out var n) && n >= min && n <= max)
            {
                fields[i + offset] = v => v == n;
            }
            else
            {
                return new CronParseResult(null, $"field {i + 1} '{part}' is not a number in {min}-{max} or '*'", i);
            }
        }

        return new CronParseResult(new CronExpression(text!.Trim(), parts.Length == 6, fields), null, null);
    }

    /// <summary>The first slot strictly after <paramref name="after"/>, or null.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var t = new DateTimeOffset(after.UtcTicks - (after.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
        for (var i = 0; i < 10_000_000; i++)
        {
            var local = TimeZoneInfo.ConvertTime(t, zone);
            if (!_fields[4](local.Month) || !_fields[3](local.Day) || !_fields[5]((int)local.DayOfWeek) || !_fields[2](local.Hour))
            {
                t = t.AddSeconds(-local.Second).AddMinutes(60 - local.Minute);
                continue;
            }

            if (!_fields[1](local.Minute))
            {
                t = t.AddSeconds(60 - local.Second);
                continue;
            }

            if (_fields[0](local.Second))
            {
                return t;
            }

            t = t.AddSeconds(1);
        }

        return null;
    }

    /// <summary>The slots in (<paramref name="afterExclusive"/>, <paramref name="untilInclusive"/>], at most <paramref name="max"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Between(DateTimeOffset afterExclusive, DateTimeOffset untilInclusive, TimeZoneInfo zone, int max)
    {
        var slots = new List<DateTimeOffset>();
        var t = afterExclusive;
        while (slots.Count < max && NextAfter(t, zone) is { } next && next <= untilInclusive)
        {
            slots.Add(next);
            t = next;
        }

        return slots;
    }
}
