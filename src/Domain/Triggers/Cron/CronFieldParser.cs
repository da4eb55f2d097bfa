using System.Globalization;

namespace JobForge.Domain.Triggers.Cron;

/// <summary>Parses one field (<c>*</c>, <c>?</c>, <c>a</c>, <c>a-b</c>, <c>*/n</c>, <c>a-b/n</c>, <c>a/n</c>, lists) into a bitmask.</summary>
internal static class CronFieldParser
{
    /// <summary>The mask (bit v set = value v allowed), or an error detail without the field prefix.</summary>
    public static bool TryParse(string token, CronField field, out ulong mask, out string? error)
    {
        mask = 0;
        if (token == "?" && !field.AllowsQuestionMark)
        {
            error = "'?' is only allowed in day-of-month and day-of-week";
            return false;
        }

        foreach (var part in token.Split(','))
        {
            if (!TryParsePart(token, part, field, ref mask, out error))
            {
                return false;
            }
        }

        error = null;
        return true;
    }

    private static bool TryParsePart(string token, string part, CronField field, ref ulong mask, out string? error)
    {
        if (part.Length == 0)
        {
            error = $"empty list element in '{Shorten(token)}'";
            return false;
        }

        var slash = part.IndexOf('/', StringComparison.Ordinal);
        var rangeText = slash < 0 ? part : part[..slash];
        var step = 1;
        if (slash >= 0 && !TryParseStep(part[(slash + 1)..], field, out step, out error))
        {
            return false;
        }

        if (!TryParseRange(rangeText, field, slash >= 0, out var first, out var last, out error))
        {
            return false;
        }

        for (var value = first; value <= last; value += step)
        {
            mask |= 1UL << value;
        }

        return true;
    }

    private static bool TryParseStep(string text, CronField field, out int step, out string? error)
    {
        var span = field.Max - field.Min + 1;
        if (!TryParseNumber(text, out step))
        {
            error = $"step '{Shorten(text)}' is not a number";
            return false;
        }

        if (step == 0)
        {
            error = "step 0 is not allowed (a step must be at least 1)";
            return false;
        }

        if (step > span)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"step {Shorten(text)} is out of range 1–{span}");
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryParseRange(string text, CronField field, bool stepped, out int first, out int last, out string? error)
    {
        first = field.Min;
        last = field.StarMax;
        error = null;
        if (text == "*" || (text == "?" && field.AllowsQuestionMark))
        {
            return true;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (!TryParseValue(text, field, out first, out error))
            {
                return false;
            }

            last = stepped ? field.StarMax : first;
            return true;
        }

        if (!TryParseValue(text[..dash], field, out first, out error) || !TryParseValue(text[(dash + 1)..], field, out last, out error))
        {
            return false;
        }

        if (first > last)
        {
            error = $"range {Shorten(text)} is reversed (its start is after its end)";
            return false;
        }

        return true;
    }

    private static bool TryParseValue(string text, CronField field, out int value, out string? error)
    {
        error = null;
        value = field.ValueOfName(text);
        if (value >= 0)
        {
            return true;
        }

        if (!TryParseNumber(text, out value))
        {
            error = text.Length == 0
                ? "a range or step is missing a value"
                : $"'{Shorten(text)}' is not a number{(field.Names is null ? string.Empty : " or " + (field.Min == 1 ? "month" : "weekday") + " name")}";
            return false;
        }

        if (value < field.Min || value > field.Max)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{Shorten(text)} is out of range {field.Min}–{field.Max}");
            return false;
        }

        return true;
    }

    /// <summary>ASCII digits only; values beyond <see cref="int.MaxValue"/> saturate (and are then out of range).</summary>
    private static bool TryParseNumber(string text, out int value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        long total = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            total = Math.Min((total * 10) + (c - '0'), int.MaxValue);
        }

        value = (int)total;
        return true;
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
