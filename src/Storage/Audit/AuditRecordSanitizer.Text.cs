namespace JobForge.Storage.Audit;

/// <content>Character cleaning and length caps.</content>
public static partial class AuditRecordSanitizer
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// <paramref name="value"/> with control characters and lone surrogates replaced by U+FFFD, cut to
    /// <paramref name="maxLength"/> characters (the last one an ellipsis when cut), never splitting a surrogate pair.
    /// </summary>
    public static string Clean(string value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var cut = value.Length > maxLength;
        var keep = cut ? maxLength - 1 : value.Length;
        if (cut && char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }

        var chars = new char[keep + (cut ? 1 : 0)];
        for (var i = 0; i < keep; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < keep && char.IsLowSurrogate(value[i + 1]))
            {
                chars[i] = c;
                chars[i + 1] = value[i + 1];
                i++;
                continue;
            }

            chars[i] = char.IsControl(c) || char.IsSurrogate(c) ? Replacement : c;
        }

        if (cut)
        {
            chars[^1] = '…';
        }

        return new string(chars);
    }
}
