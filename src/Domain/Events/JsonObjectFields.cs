using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>
/// The properties of one contract object (the envelope, <c>subject</c>, <c>redaction_hints</c>), read once:
/// unknown names are reported with a suggestion, duplicate names with their path, and typed getters report missing
/// or wrong-typed values. JSON <c>null</c> counts as absent.
/// </summary>
internal sealed partial class JsonObjectFields
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

    private JsonObjectFields(string path, ProblemCollector problems)
    {
        Path = path;
        Problems = problems;
    }

    /// <summary>The object's own path, e.g. <c>$.subject</c>.</summary>
    public string Path { get; }

    public ProblemCollector Problems { get; }

    public static JsonObjectFields Read(JsonElement obj, string path, IReadOnlyList<string> known, ProblemCollector problems)
    {
        var fields = new JsonObjectFields(path, problems);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            var name = JsonRawText.Name(property, out var wellFormed);
            if (!wellFormed)
            {
                problems.Add(fields.PathOf(name), ValidationProblemCodes.InvalidFormat, UnpairedSurrogateMessage);
            }
            else if (!seen.Add(name))
            {
                problems.Add(fields.PathOf(name), ValidationProblemCodes.DuplicateField,
                    $"field {JsonPathText.Quote(name)} appears more than once");
            }
            else if (known.Contains(name))
            {
                fields._values[name] = property.Value;
            }
            else
            {
                var suggestion = FieldNameSuggester.Suggest(name, known);
                problems.Add(fields.PathOf(name), ValidationProblemCodes.UnknownField, suggestion is null
                    ? $"unknown field {JsonPathText.Quote(name)}"
                    : $"unknown field {JsonPathText.Quote(name)}; did you mean '{suggestion}'?");
            }
        }

        return fields;
    }

    /// <summary>The message for text that escapes an unpaired UTF-16 surrogate.</summary>
    public const string UnpairedSurrogateMessage = "text escapes an unpaired UTF-16 surrogate (e.g. \\ud800 without its low half)";

    public string PathOf(string name) => JsonPathText.Property(Path, name);

    /// <summary>The value of <paramref name="name"/> when present and not <c>null</c>.</summary>
    public bool TryGet(string name, out JsonElement value) =>
        _values.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Reports <paramref name="name"/> as missing when it is absent or <c>null</c>; returns whether it is present.</summary>
    public bool Require(string name, out JsonElement value)
    {
        if (TryGet(name, out value))
        {
            return true;
        }

        Problems.Add(PathOf(name), ValidationProblemCodes.Required, _values.ContainsKey(name)
            ? $"'{name}' is required and must not be null"
            : $"'{name}' is required");
        return false;
    }

    /// <summary>Returns whether <paramref name="value"/> has <paramref name="kind"/>, reporting a wrong type otherwise.</summary>
    public bool ExpectKind(string name, JsonElement value, JsonValueKind kind, string expected)
    {
        if (value.ValueKind == kind || (kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False))
        {
            return true;
        }

        Problems.Add(PathOf(name), ValidationProblemCodes.WrongType,
            $"'{name}' must be {expected}, not {JsonPathText.Describe(value.ValueKind)}");
        return false;
    }
}
