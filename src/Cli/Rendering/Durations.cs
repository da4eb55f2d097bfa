namespace JobForge.Cli.Rendering;

/// <summary>Durations for people: <c>850 ms</c>, <c>4.2 s</c>, <c>3m 05s</c>, <c>2h 01m</c>.</summary>
internal static class Durations
{
    public static string Format(TimeSpan duration) => duration switch
    {
        { TotalMilliseconds: < 1000 } => $"{Math.Max(0, (int)duration.TotalMilliseconds)} ms",
        { TotalSeconds: < 60 } => $"{duration.TotalSeconds:0.0} s",
        { TotalHours: < 1 } => $"{(int)duration.TotalMinutes}m {duration.Seconds:00}s",
        _ => $"{(int)duration.TotalHours}h {duration.Minutes:00}m",
    };

    public static string FormatMs(long milliseconds) => Format(TimeSpan.FromMilliseconds(milliseconds));

    public static string Time(DateTimeOffset? instant) =>
        instant is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
