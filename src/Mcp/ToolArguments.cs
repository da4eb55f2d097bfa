using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobForge.Mcp;

/// <summary>
/// A tool call's arguments, read by name with their JSON kind checked. Untrusted input: a wrong argument becomes a
/// <see cref="ToolArgumentException"/> (a <c>validation_failed</c> tool error), never another exception.
/// </summary>
internal sealed class ToolArguments
{
    private readonly IReadOnlyDictionary<string, JsonElement> _values;

    public ToolArguments(IDictionary<string, JsonElement>? values, IReadOnlyCollection<string> known)
    {
        _values = values is null ? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement>(values, StringComparer.Ordinal);
        if (_values.Keys.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            throw new ToolArgumentException(unknown, "unknown_field", $"'{unknown}' is not an argument of this tool; it takes {string.Join(", ", known)}.");
        }
    }

    public IEnumerable<KeyValuePair<string, JsonElement>> Present => _values.Where(pair => pair.Value.ValueKind != JsonValueKind.Null);

    public string RequiredString(string name) =>
        String(name) ?? throw new ToolArgumentException(name, "required", $"'{name}' is required.");

    public string? String(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()))
        {
            throw new ToolArgumentException(name, "wrong_type", $"'{name}' must be a non-empty string.");
        }

        return value.GetString()!;
    }

    public bool? Boolean(string name) => !TryGet(name, out var value) ? null : value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ToolArgumentException(name, "wrong_type", $"'{name}' must be true or false."),
    };

    public int? Integer(string name, int minimum, int maximum)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw new ToolArgumentException(name, "wrong_type", $"'{name}' must be an integer.");
        }

        return number < minimum || number > maximum
            ? throw new ToolArgumentException(name, "out_of_range", $"'{name}' must be between {minimum} and {maximum}.")
            : number;
    }

    public JsonObject? Object(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(value)
            : throw new ToolArgumentException(name, "wrong_type", $"'{name}' must be a JSON object.");
    }

    /// <summary>An object whose values are strings, numbers or booleans, as query parameters (text).</summary>
    public Dictionary<string, string> Parameters(string name)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Object(name) is not { } parameters)
        {
            return result;
        }

        foreach (var (key, node) in parameters)
        {
            result[key] = node switch
            {
                JsonValue text when text.TryGetValue<string>(out var s) => s,
                JsonValue number when number.TryGetValue<long>(out var n) => n.ToString(CultureInfo.InvariantCulture),
                JsonValue flag when flag.TryGetValue<bool>(out var b) => b ? "true" : "false",
                _ => throw new ToolArgumentException($"{name}.{key}", "wrong_type", $"'{name}.{key}' must be a string, an integer or a boolean."),
            };
        }

        return result;
    }

    private bool TryGet(string name, out JsonElement value) =>
        _values.TryGetValue(name, out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
}
