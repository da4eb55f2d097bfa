using System.Text.RegularExpressions;

namespace JobForge.Domain.Templates;

/// <summary>The SemVer 2.0.0 format of a template <c>version</c> (<c>1.2.3</c>, <c>1.0.0-rc.1</c>, <c>1.0.0+build.5</c>).</summary>
public static partial class SemanticVersion
{
    /// <summary>The longest version string.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="value"/> is a SemVer 2.0.0 version.</summary>
    public static bool IsValid(string? value) => value is { Length: > 0 and <= MaxLength } && Format().IsMatch(value);

    [GeneratedRegex(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
