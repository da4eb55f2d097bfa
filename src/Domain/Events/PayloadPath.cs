namespace JobForge.Domain.Events;

/// <summary>
/// A path into an event payload, as used by <c>redaction_hints</c>. Syntax: a property name followed by any number
/// of <c>.name</c>, <c>[n]</c> or <c>[*]</c> steps, relative to the payload object (no leading <c>$</c>):
/// <c>customer.email</c>, <c>items[*].card</c>, <c>items[0]</c>, <c>matrix[*][*]</c>. Names are 1–128 of
/// <c>A-Z a-z 0-9 _ -</c> (properties with other characters cannot be addressed); an index is 0–9999 without
/// leading zeros; a path has at most <see cref="MaxSegments"/> steps and <see cref="MaxLength"/> characters.
/// Matching is exact and case-sensitive; <c>[*]</c> matches every item of an array and never an object property.
/// </summary>
public sealed partial class PayloadPath : IEquatable<PayloadPath>
{
    /// <summary>The longest accepted path text.</summary>
    public const int MaxLength = 512;

    /// <summary>The most steps in a path (a payload nests at most <see cref="PayloadLimits.MaxDepth"/> containers).</summary>
    public const int MaxSegments = PayloadLimits.MaxDepth;

    /// <summary>The longest property name in a path.</summary>
    public const int MaxNameLength = 128;

    /// <summary>A one-line statement of the syntax, for messages.</summary>
    public const string SyntaxDescription =
        "dotted property names with optional [n] or [*] steps, relative to payload, e.g. customer.email or items[*].card";

    private readonly PayloadPathSegment[] _segments;

    private PayloadPath(string text, PayloadPathSegment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The parsed steps.</summary>
    public IReadOnlyList<PayloadPathSegment> Segments => _segments;

    /// <summary>Parses <paramref name="text"/>; returns <see langword="false"/> (never throws) when it breaks the syntax.</summary>
    public static bool TryParse(string? text, out PayloadPath? path)
    {
        path = null;
        if (text is not { Length: > 0 and <= MaxLength } || !TryParseSegments(text, out var segments))
        {
            return false;
        }

        path = new PayloadPath(text, segments);
        return true;
    }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text breaks the syntax.</exception>
    public static PayloadPath Parse(string text) =>
        TryParse(text, out var path) ? path! : throw new FormatException($"Not a payload path: {SyntaxDescription}.");

    /// <inheritdoc />
    public bool Equals(PayloadPath? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PayloadPath);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>How a concrete location inside a payload relates to this path.</summary>
    internal PayloadPathMatch MatchLocation(IReadOnlyList<PayloadPathSegment> location)
    {
        if (location.Count > _segments.Length)
        {
            return PayloadPathMatch.None;
        }

        for (var i = 0; i < location.Count; i++)
        {
            if (!_segments[i].Matches(location[i]))
            {
                return PayloadPathMatch.None;
            }
        }

        return location.Count == _segments.Length ? PayloadPathMatch.Full : PayloadPathMatch.Prefix;
    }
}
