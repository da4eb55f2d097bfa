namespace JobForge.Domain.Events;

/// <summary>
/// The rule for <c>event_type</c>: 1–128 characters forming one or more dot-separated segments, each starting with a
/// lowercase ASCII letter followed by lowercase letters, digits, <c>_</c> or <c>-</c>. So <c>infrastructure.alert</c>
/// and <c>billing.invoice_paid.v2</c> are valid; <c>Infra.Alert</c>, <c>.alert</c>, <c>a..b</c>, <c>a.</c> and
/// <c>1st.event</c> are not. Every valid name is also a <see cref="StorageSafeId"/>.
/// </summary>
public static class EventTypeName
{
    /// <summary>The longest accepted event type.</summary>
    public const int MaxLength = 128;

    /// <summary>A one-line statement of the rule, for messages.</summary>
    public const string RuleDescription =
        "1-128 characters: dot-separated segments of lowercase letters, digits, '_' or '-', each starting with a letter";

    /// <summary>Whether <paramref name="value"/> is a valid event type.</summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: > 0 and <= MaxLength })
        {
            return false;
        }

        var segmentStart = true;
        foreach (var c in value)
        {
            if (segmentStart)
            {
                if (!char.IsAsciiLetterLower(c))
                {
                    return false;
                }

                segmentStart = false;
            }
            else if (c == '.')
            {
                segmentStart = true;
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return !segmentStart;
    }
}
