using System.Diagnostics;

namespace JobForge.Server.Steps.Handlers.Command;

/// <summary>
/// The environment a command gets: only the inherited allow list of the server's variables (never its secrets) plus
/// the step's own <c>with.env</c>, which may not override the search path or the dynamic loader.
/// </summary>
internal static class CommandEnvironment
{
    /// <summary>The most variables a step may set.</summary>
    public const int MaxVariables = 64;

    /// <summary>The longest value, in UTF-8 bytes.</summary>
    public const int MaxValueBytes = 4096;

    // Variables that change which program runs or what a shell does before the command starts.
    private static readonly HashSet<string> Forbidden =
        new(["PATH", "BASH_ENV", "ENV", "IFS", "SHELLOPTS", "BASHOPTS", "CDPATH", "NODE_OPTIONS"], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is <c>[A-Z_][A-Z0-9_]*</c>, at most 128 characters.</summary>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= 128 }
        && (char.IsAsciiLetterUpper(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>Whether <paramref name="name"/> steers the dynamic loader (<c>LD_*</c>, <c>DYLD_*</c>).</summary>
    public static bool IsLoaderVariable(string name) =>
        name.StartsWith("LD_", StringComparison.Ordinal) || name.StartsWith("DYLD_", StringComparison.Ordinal);

    /// <summary>Whether a step may set <paramref name="name"/>.</summary>
    public static bool MaySet(string name) => !Forbidden.Contains(name) && !IsLoaderVariable(name);

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
