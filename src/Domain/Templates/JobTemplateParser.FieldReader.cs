using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

public static partial class JobTemplateParser
{
    /// <summary>Typed reads of one JSON object's fields, reporting unknown, duplicate, missing and mistyped ones.</summary>
    private sealed class FieldReader
    {
        private readonly JsonElement _json;
        private readonly string _path;
        private readonly ProblemCollector _problems;

        public FieldReader(JsonElement json, string path, IReadOnlyList<string> known, ProblemCollector problems)
        {
            _json = json;
            _path = path;
            _problems = problems;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in json.EnumerateObject())
            {
                var at = JsonPathText.Property(path, property.Name);
                if (!seen.Add(property.Name))
                {
                    problems.Add(at, ValidationProblemCodes.DuplicateField, "the field appears twice");
                }
                else if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    problems.Add(at, ValidationProblemCodes.UnknownField, $"{JsonPathText.Quote(property.Name)} is not a field here; known: {string.Join(", ", known)}");
                }
            }
        }

        public string? String(string name, bool required)
        {
            if (!_json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    _problems.Add(At(name), ValidationProblemCodes.Required, $"{name} is required");
                }

                return null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : Wrong(name, value, "a string");
        }

        public JsonElement? Object(string name) =>
            Get(name) is not { } value ? null
            : value.ValueKind == JsonValueKind.Object ? value.Clone() : Wrong<JsonElement?>(name, value, "an object");

        public bool? Boolean(string name) =>
            Get(name) is not { } value ? null
            : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : Wrong<bool?>(name, value, "a boolean");

        public int? Integer(string name) =>
            Get(name) is not { } value ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : Wrong<int?>(name, value, "a whole number");

        public double? Number(string name) =>
            Get(name) is not { } value ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var n) && double.IsFinite(n) ? n : Wrong<double?>(name, value, "a number");

        public TimeSpan? Duration(string name)
        {
            if (Get(name) is not { } value)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && TemplateDuration.TryParse(value.GetString(), out var duration))
            {
                return duration;
            }

            _problems.Add(At(name), ValidationProblemCodes.InvalidFormat, $"{name} must be a duration such as '5m', '300s' or 'PT5M', more than zero and at most 7 days");
            return null;
        }

        public IReadOnlyList<string>? Strings(string name)
        {
            if (Get(name) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 100)
            {
                return Wrong<IReadOnlyList<string>?>(name, value, "an array of at most 100 strings");
            }

            var items = new List<string>();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    items.Add(item.GetString()!);
                }
                else
                {
                    _problems.Add(JsonPathText.Item(At(name), index), ValidationProblemCodes.WrongType, "must be a string");
                }

                index++;
            }

            return items;
        }

        private JsonElement? Get(string name) =>
            _json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private string At(string name) => JsonPathText.Property(_path, name);

        private string? Wrong(string name, JsonElement value, string expected) => Wrong<string?>(name, value, expected);

        private T Wrong<T>(string name, JsonElement value, string expected)
        {
            _problems.Add(At(name), ValidationProblemCodes.WrongType, $"{name} must be {expected}, not {JsonPathText.Describe(value.ValueKind)}");
            return default!;
        }
    }
}
