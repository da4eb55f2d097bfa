using System.Text.RegularExpressions;

namespace JobForge.Domain.Templates;

/// <summary>
/// Compiles a schema's <c>pattern</c> as a .NET regular expression with <see cref="RegexOptions.NonBacktracking"/>, so
/// matching is linear in the input whatever the pattern (no catastrophic backtracking), plus a match timeout as a second
/// bound. Constructs the non-backtracking engine lacks (backreferences, lookarounds, atomic groups) are rejected.
/// </summary>
internal static class SchemaPattern
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The regex, or null with <paramref name="error"/> saying why it cannot be used.</summary>
    public static Regex? TryCreate(string pattern, out string? error)
    {
        error = null;
        if (pattern.Length > JsonSchemaValidator.MaxPatternLength)
        {
            error = $"pattern is longer than {JsonSchemaValidator.MaxPatternLength} characters";
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            error = "pattern uses a construct that is not supported (backreferences, lookarounds, atomic groups)";
        }
        catch (ArgumentException)
        {
            error = "pattern is not a valid regular expression";
        }

        return null;
    }
}
