using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Cli.Output;

namespace JobForge.Cli.Input;

/// <summary>
/// Request bodies from <c>--file PATH</c>, <c>--file -</c> (standard input) or, when no file is named and input is
/// piped, standard input. A body that is missing, unreadable or not a JSON object is a usage error naming the source.
/// </summary>
internal static class JsonInput
{
    public static string? ReadText(CliRuntime runtime, string? file)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        if (file is null)
        {
            return runtime.StdinIsRedirected ? runtime.Stdin.ReadToEnd() : null;
        }

        if (file == "-")
        {
            return runtime.Stdin.ReadToEnd();
        }

        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"Cannot read '{file}': {e.Message}");
        }
    }

    /// <summary>The JSON object from <paramref name="file"/> or piped input; null when neither was given (or piped input is empty).</summary>
    public static JsonObject? ReadObject(CliRuntime runtime, string? file)
    {
        var text = ReadText(runtime, file);
        if (text is null || (file is null && string.IsNullOrWhiteSpace(text)))
        {
            return null; // e.g. '< /dev/null' in a script that gives the body as options
        }

        return ParseObject(text, file is null or "-" ? "standard input" : $"'{file}'");
    }

    public static JsonObject ParseObject(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new CliUsageException($"The JSON in {source} is not an object.");
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"The JSON in {source} is malformed (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }
    }

    /// <summary>
    /// <c>name=value</c> pairs into an object: a value that parses as JSON (<c>7</c>, <c>true</c>, <c>{"a":1}</c>, <c>"x"</c>)
    /// is taken as that, anything else as a string.
    /// </summary>
    public static JsonObject Pairs(IEnumerable<string> pairs, string option)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var result = new JsonObject();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException($"{option} takes NAME=VALUE, not '{pair}'.");
            }

            result[pair[..equals]] = Value(pair[(equals + 1)..]);
        }

        return result;
    }

    private static JsonNode? Value(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
