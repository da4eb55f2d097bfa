using System.Diagnostics;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// The environment a command gets: only the inherited allow list of the server's variables (never its secrets) plus
/// the step's own <c>with.env</c>, whose names must be on the configured allow-list and never the search path or the
/// dynamic loader.
/// </summary>
internal static class CommandEnvironment
{
    /// <summary>The most variables a step may set.</summary>
    public const int MaxVariables = 64;

    /// <summary>The longest value, in UTF-8 bytes.</summary>
    public const int MaxValueBytes = 4096;

    // Never settable, whatever the allow-list says: the search path and the shells' start-up hooks.
    private static readonly HashSet<string> Forbidden =
        new(["PATH", "BASH_ENV", "ENV", "IFS", "SHELLOPTS", "BASHOPTS", "CDPATH"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is <c>[A-Z_][A-Z0-9_]*</c>, at most 128 characters.</summary>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= 128 }
        && (char.IsAsciiLetterUpper(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>Whether <paramref name="name"/> steers the dynamic loader (<c>LD_*</c>, <c>DYLD_*</c>).</summary>
    public static bool IsLoaderVariable(string name) =>
        name.StartsWith("LD_", StringComparison.Ordinal) || name.StartsWith("DYLD_", StringComparison.Ordinal);

    /// <summary>
    /// Whether a step may set <paramref name="name"/>: it must match <paramref name="allowed"/> (exact names, or
    /// prefixes ending in <c>*</c>) and never be the search path, a shell start-up hook or a loader variable.
    /// </summary>
    public static bool MaySet(string name, IEnumerable<string> allowed) =>
        !Forbidden.Contains(name) && !IsLoaderVariable(name) && allowed.Any(pattern => Matches(name, pattern));

    /// <summary>Whether <paramref name="pattern"/> is a valid allow-list entry (a name, or a name prefix then <c>*</c>).</summary>
    public static bool IsValidPattern(string? pattern) =>
        pattern is { Length: > 0 } && IsValidName(pattern.EndsWith('*') ? pattern[..^1] : pattern)
        && !Forbidden.Contains(pattern) && !IsLoaderVariable(pattern) && !"LD_".StartsWith(pattern.TrimEnd('*'), StringComparison.Ordinal)
        && !"DYLD_".StartsWith(pattern.TrimEnd('*'), StringComparison.Ordinal);

    private static bool Matches(string name, string pattern) =>
        pattern.EndsWith('*')
            ? name.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(name, pattern, StringComparison.Ordinal);

    /// <summary>Replaces the environment of <paramref name="start"/> with the inherited variables and the step's own.</summary>
    public static void Apply(ProcessStartInfo start, IEnumerable<string> inherited, IReadOnlyDictionary<string, string> variables)
    {
        var server = start.Environment.ToDictionary(StringComparer.Ordinal);
        start.Environment.Clear();
        foreach (var name in inherited)
        {
            if (server.TryGetValue(name, out var value) && value is not null)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }
    }
}
