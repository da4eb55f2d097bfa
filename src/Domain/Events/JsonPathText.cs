using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>
/// Renders the JSON paths used in <see cref="ValidationProblem.Path"/> and quotes client text for messages.
/// Simple names use dot notation (<c>$.tenant_id</c>); any other name uses bracket notation with escapes
/// (<c>$['a b']</c>). Names and quoted values longer than <see cref="MaxEchoLength"/> are cut and end with <c>…</c>,
/// so a hostile key cannot make a problem list huge.
/// </summary>
internal static class JsonPathText
{
    /// <summary>The most characters of client text echoed in a path or message.</summary>
    public const int MaxEchoLength = 64;

    public static string Property(string parent, string name) =>
        IsSimpleName(name) ? $"{parent}.{name}" : $"{parent}['{Escape(name)}']";

    public static string Item(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    public static string Location(string root, IReadOnlyList<PayloadPathSegment> location)
    {
        var path = root;
        foreach (var segment in location)
        {
            path = segment.Kind == PayloadPathSegmentKind.Property ? Property(path, segment.Name) : Item(path, segment.Index);
        }

        return path;
    }

    /// <summary>Client text in single quotes, cut and escaped, for messages.</summary>
    public static string Quote(string value) => $"'{Escape(value)}'";

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static bool IsSimpleName(string name) =>
        name.Length is > 0 and <= MaxEchoLength
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.AsSpan().IndexOfAnyExcept(SimpleNameCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> SimpleNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static string Escape(string value)
    {
        var cut = value.Length > MaxEchoLength;
        var text = cut ? value.AsSpan(0, MaxEchoLength) : value.AsSpan();
        var builder = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }
}
