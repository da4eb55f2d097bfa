namespace JobForge.Domain.Triggers;

/// <summary>An event type pattern: exact (<c>infrastructure.vm.down</c>) or with a trailing <c>*</c> (<c>infrastructure.*</c>, <c>*</c>).</summary>
public static class EventTypePattern
{
    /// <summary>The longest pattern.</summary>
    public const int MaxLength = 128;

    /// <summary>Whether <paramref name="pattern"/> is well-formed: lowercase letters, digits, <c>. _ -</c>, optionally ending in <c>*</c>.</summary>
    public static bool IsValid(string? pattern)
    {
        if (pattern is not { Length: > 0 and <= MaxLength })
        {
            return false;
        }

        var body = pattern.EndsWith('*') ? pattern[..^1] : pattern;
        foreach (var c in body)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return body.Length > 0 || pattern == "*";
    }

    /// <summary>Whether <paramref name="eventType"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string? eventType)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (eventType is null)
        {
            return false;
        }

        return pattern.EndsWith('*')
            ? eventType.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, eventType, StringComparison.Ordinal);
    }
}
