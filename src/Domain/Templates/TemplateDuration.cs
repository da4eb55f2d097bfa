using System.Globalization;
using System.Text.RegularExpressions;

namespace JobForge.Domain.Templates;

/// <summary>
/// Durations in templates (<c>default_timeout</c>, step <c>timeout</c>, retry intervals). Two spellings are accepted:
/// a short form, a whole number with a unit <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c> or <c>d</c> (<c>5m</c>, <c>300s</c>),
/// and ISO-8601 <c>P[nD][T[nH][nM][nS]]</c> with whole numbers (<c>PT5M</c>, <c>P1DT2H</c>). Templates are written back
/// in the short form, using the largest unit that divides exactly (<c>300s</c> is written <c>5m</c>).
/// </summary>
public static partial class TemplateDuration
{
    /// <summary>The longest duration accepted anywhere: 7 days.</summary>
    public static TimeSpan Max { get; } = TimeSpan.FromDays(7);

    /// <summary>Parses <paramref name="text"/>; false for anything else, zero or negative, or longer than <see cref="Max"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is null or { Length: 0 or > 32 })
        {
            return false;
        }

        long milliseconds;
        if (Short().Match(text) is { Success: true } shortMatch)
        {
            if (!long.TryParse(shortMatch.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 10_000_000_000L)
            {
                return false;
            }

            milliseconds = shortMatch.Groups[2].Value switch
            {
                "ms" => n,
                "s" => n * 1000,
                "m" => n * 60_000,
                "h" => n * 3_600_000,
                _ => n * 86_400_000,
            };
        }
        else if (Iso().Match(text) is { Success: true } iso && text != "P" && !text.EndsWith('T'))
        {
            milliseconds = 0;
            long[] unit = [86_400_000, 3_600_000, 60_000, 1000];
            for (var i = 0; i < 4; i++)
            {
                if (iso.Groups[i + 1].Success)
                {
                    if (!long.TryParse(iso.Groups[i + 1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 1_000_000_000L)
                    {
                        return false;
                    }

                    milliseconds += n * unit[i];
                }
            }
        }
        else
        {
            return false;
        }

        if (milliseconds <= 0 || milliseconds > (long)Max.TotalMilliseconds)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>The short form of <paramref name="duration"/> (<c>5m</c>, <c>90s</c>, <c>250ms</c>).</summary>
    public static string Format(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        (long Size, string Unit)[] units = [(86_400_000, "d"), (3_600_000, "h"), (60_000, "m"), (1000, "s")];
        foreach (var (size, unit) in units)
        {
            if (ms % size == 0)
            {
                return (ms / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return ms.ToString(CultureInfo.InvariantCulture) + "ms";
    }

    [GeneratedRegex(@"^([0-9]{1,12})(ms|s|m|h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Short();

    [GeneratedRegex(@"^P(?:([0-9]{1,10})D)?(?:T(?:([0-9]{1,10})H)?(?:([0-9]{1,10})M)?(?:([0-9]{1,10})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
