using System.Globalization;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Tests.Triggers.Cron;

/// <summary>Zones by IANA id and short builders for the cron tables.</summary>
internal static class CronTestZones
{
    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static TimeZoneInfo Sydney { get; } = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    public static TimeZoneInfo Zone(string id) => id == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);

    /// <summary>An instant from ISO 8601 with an explicit offset, e.g. <c>2026-03-29T03:00:00+02:00</c>.</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static CronExpression Expr(string text)
    {
        var result = CronExpression.Parse(text);
        Assert.True(result.IsSuccess, result.Error);
        return result.Expression!;
    }

    public static string Iso(DateTimeOffset? value) => value?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) ?? "none";
}
