using System.Text.RegularExpressions;

namespace JobForge.Domain.Templates;

/// <summary>
/// The format of a <c>template_key</c>: two or more lowercase dotted segments, each a letter then letters, digits or
/// <c>_</c> (<c>autopilot.ops.scan</c>), at most <see cref="MaxLength"/> characters. Every valid key is also a
/// <see cref="Events.StorageSafeId"/>, so it can be a table partition key.
/// </summary>
public static partial class TemplateKey
{
    /// <summary>The longest key.</summary>
    public const int MaxLength = 128;

    /// <summary>Whether <paramref name="value"/> is a valid key.</summary>
    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Format().IsMatch(value);

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
