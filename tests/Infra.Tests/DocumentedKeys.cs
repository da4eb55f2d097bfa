using System.Text.RegularExpressions;
using JobForge.TestKit.Configuration;

namespace JobForge.Infra.Tests;

/// <summary>
/// The configuration keys documented in docs/configuration.md, docs/triggers.md and the README's feature flags: the
/// backticked names in the first cell of each table row. <c>…:Name</c> and a bare <c>Name</c> after a full key are relative to it;
/// <c>{a,b}</c> expands, any other <c>{name}</c> stands for one segment.
/// </summary>
public static partial class DocumentedKeys
{
    /// <summary>The documents read, relative to the repository root (of the README only its feature flags section).</summary>
    public static readonly string[] Documents = ["docs/configuration.md", "docs/triggers.md", "README.md"];

    /// <summary>Every documented key.</summary>
    public static IReadOnlyList<ConfigurationKey> Read() =>
        [.. Documents.SelectMany(document => Lines(document)).SelectMany(KeysInRow)];

    private static IEnumerable<string> Lines(string document)
    {
        var lines = File.ReadLines(Path.Combine(InfraPaths.Root, document));
        return document != "README.md"
            ? lines
            : lines.SkipWhile(line => line != "## Feature flags").Skip(1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
    }

    /// <summary>The keys in one markdown line (none unless it is a table row).</summary>
    public static IEnumerable<ConfigurationKey> KeysInRow(string line)
    {
        if (!line.StartsWith('|'))
        {
            yield break;
        }

        var cell = line.Split('|', StringSplitOptions.TrimEntries)[1];
        string? previous = null;
        foreach (Match token in Backticked().Matches(cell))
        {
            var text = token.Groups[1].Value;
            if (text.Any(char.IsWhiteSpace) || text.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            string key;
            if (text.StartsWith("…:", StringComparison.Ordinal) && previous is not null)
            {
                key = Parent(previous) + text[2..];
            }
            else if (BareName().IsMatch(text) && previous is not null)
            {
                key = Parent(previous) + text;
            }
            else if (text.Contains(':', StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal)
                     || EnvironmentName().IsMatch(text) || BareName().IsMatch(text))
            {
                key = text;
            }
            else
            {
                continue;
            }

            previous = key;
            foreach (var expanded in Expand(key))
            {
                yield return ConfigurationKey.Parse(expanded);
            }
        }
    }

    private static string Parent(string key)
    {
        var normalized = key.Replace("__", ":", StringComparison.Ordinal);
        var colon = normalized.LastIndexOf(':');
        return colon < 0 ? string.Empty : normalized[..(colon + 1)];
    }

    private static IEnumerable<string> Expand(string key)
    {
        var placeholder = Placeholder().Match(key);
        if (!placeholder.Success)
        {
            return [key];
        }

        var inner = placeholder.Groups[1].Value;
        var alternatives = inner.Contains(',', StringComparison.Ordinal) ? inner.Split(',', StringSplitOptions.TrimEntries) : ["*"];
        return alternatives.SelectMany(alternative =>
            Expand(key[..placeholder.Index] + alternative + key[(placeholder.Index + placeholder.Length)..]));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex BareName();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]+$")]
    private static partial Regex EnvironmentName();

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
