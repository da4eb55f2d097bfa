using System.Globalization;
using System.Text.RegularExpressions;

namespace JobForge.Domain.Events;

/// <summary>
/// The timestamp rule for <c>occurred_at</c> and the list filters: ISO-8601 / RFC 3339 date and time with seconds,
/// an optional fraction of 1–7 digits and a mandatory offset (<c>Z</c> or <c>±hh:mm</c>), e.g.
/// <c>2025-01-31T09:30:00.5+01:00</c>. A missing offset is rejected rather than guessed, so parsing never depends
/// on the host's time zone.
/// </summary>
public static partial class EventTimestamp
{
    /// <summary>A one-line statement of the rule, for messages.</summary>
    public const string RuleDescription = "an ISO-8601 date-time with an offset, e.g. 2025-01-31T09:30:00Z";

    private const int MaxLength = 40;

    /// <summary>Parses <paramref name="text"/>; returns <see langword="false"/> (never throws) when it breaks the rule.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length > MaxLength || !Shape().IsMatch(text))
        {
            return false;
        }

        return DateTimeOffset.TryParseExact(
            text.ToUpperInvariant(),
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
