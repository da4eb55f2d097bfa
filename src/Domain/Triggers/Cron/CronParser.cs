using System.Globalization;

namespace JobForge.Domain.Triggers.Cron;

/// <summary>Turns text into a <see cref="CronExpression"/> or a precise error; never throws.</summary>
internal static class CronParser
{
    /// <summary>The longest accepted text, in characters.</summary>
    public const int MaxLength = 256;

    private static readonly CronField[] s_fiveFields = [CronField.Minute, CronField.Hour, CronField.DayOfMonth, CronField.Month, CronField.DayOfWeek];
    private static readonly CronField[] s_sixFields = [CronField.Second, .. s_fiveFields];
    private static readonly char[] s_whitespace = [' ', '\t', '\r', '\n', '\f', '\v'];

    public static CronParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CronParseResult.Fail("cron expression is empty");
        }

        if (text.Length > MaxLength)
        {
            return CronParseResult.Fail(string.Create(CultureInfo.InvariantCulture, $"cron expression is too long ({text.Length} characters; at most {MaxLength})"));
        }

        var tokens = text.Split(s_whitespace, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is not (5 or 6))
        {
            return CronParseResult.Fail(string.Create(CultureInfo.InvariantCulture, $"expected 5 or 6 fields, got {tokens.Length}"));
        }

        var fields = tokens.Length == 6 ? s_sixFields : s_fiveFields;
        var masks = new ulong[6];
        masks[0] = 1; // five-field form: second 0
        var offset = 6 - tokens.Length;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!CronFieldParser.TryParse(tokens[i], fields[i], out masks[i + offset], out var error))
            {
                return CronParseResult.Fail(string.Create(CultureInfo.InvariantCulture, $"field {i + 1} ({fields[i].Name}): {error}"), i + 1);
            }
        }

        var dayOfMonthIndex = tokens.Length - 2; // 1-based position
        var dayOfMonthRestricted = IsRestricted(tokens[dayOfMonthIndex - 1]);
        var eitherDay = dayOfMonthRestricted && IsRestricted(tokens[^1]);
        if (dayOfMonthRestricted && !eitherDay && !AnyMonthHasADay(masks[3], masks[4]))
        {
            return CronParseResult.Fail(
                string.Create(CultureInfo.InvariantCulture, $"field {dayOfMonthIndex} (day-of-month): never fires: no selected month has a day in '{tokens[dayOfMonthIndex - 1]}'"),
                dayOfMonthIndex);
        }

        var schedule = new CronSchedule(masks[0], masks[1], masks[2], masks[3], masks[4], masks[5], eitherDay);
        return new CronParseResult(new CronExpression(string.Join(' ', tokens), tokens.Length == 6, schedule), null, null);
    }

    /// <summary>A day field restricts unless it is exactly <c>*</c> or <c>?</c>.</summary>
    private static bool IsRestricted(string token) => token is not ("*" or "?");

    private static bool AnyMonthHasADay(ulong daysOfMonth, ulong months)
    {
        for (var month = 1; month <= 12; month++)
        {
            var longest = month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
            if ((months & (1UL << month)) != 0 && (daysOfMonth & (((1UL << (longest + 1)) - 1) & ~1UL)) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
