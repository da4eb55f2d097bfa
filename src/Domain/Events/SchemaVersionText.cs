using System.Text.RegularExpressions;

namespace JobForge.Domain.Events;

/// <summary>
/// The rule for <c>schema_version</c>: a Semantic Versioning 2.0.0 string of at most 64 characters,
/// <c>MAJOR.MINOR.PATCH</c> without leading zeros, optionally followed by <c>-prerelease</c> and <c>+build</c>
/// identifiers (<c>1.0.0</c>, <c>2.1.0-beta.1</c>, <c>1.0.0+sha.5114f85</c>).
/// </summary>
public static partial class SchemaVersionText
{
    /// <summary>The longest accepted schema version.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="value"/> is a valid schema version.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && SemVer().IsMatch(value);

    [GeneratedRegex(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex SemVer();
}
