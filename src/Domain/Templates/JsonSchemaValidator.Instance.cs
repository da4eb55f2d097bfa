using System.Buffers;
using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Events;
using Patterns = System.Collections.Generic.Dictionary<string, System.Text.RegularExpressions.Regex?>;

namespace JobForge.Domain.Templates;

public static partial class JsonSchemaValidator
{
    private static SchemaValidationResult ValidateTrusted(JsonElement schema, JsonElement value, string root)
    {
        var problems = new ProblemCollector();
        var patterns = new Patterns(StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            Walk(schema, value, root, 1, writer, problems, patterns);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1024 });
        return new SchemaValidationResult(problems.ToList(), document.RootElement.Clone());
    }

    private static void Walk(
        JsonElement schema, JsonElement value, string path, int depth, Utf8JsonWriter writer, ProblemCollector problems, Patterns patterns)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxSchemaDepth + 1)
        {
            value.WriteTo(writer);
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            problems.Add(path, ValidationProblemCodes.WrongType, $"expected {DescribeType(type)}, got {JsonPathText.Describe(value.ValueKind)}");
            value.WriteTo(writer);
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
        {
            problems.Add(path, ValidationProblemCodes.InvalidValue, "must be one of " + DescribeEnum(allowed));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, problems, patterns);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value, path, problems);
                break;
            case JsonValueKind.Object:
                WalkObject(schema, value, path, depth, writer, problems, patterns);
                return;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(items, item, JsonPathText.Item(path, index++), depth + 1, writer, problems, patterns);
                }

                writer.WriteEndArray();
                return;
        }

        value.WriteTo(writer);
    }

    private static void WalkObject(
        JsonElement schema, JsonElement value, string path, int depth, Utf8JsonWriter writer, ProblemCollector problems, Patterns patterns)
    {
        var properties = schema.TryGetProperty("properties", out var declared) && declared.ValueKind == JsonValueKind.Object ? declared : default;
        schema.TryGetProperty("additionalProperties", out var additional);
        writer.WriteStartObject();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            present.Add(property.Name);
            var at = JsonPathText.Property(path, property.Name);
            writer.WritePropertyName(property.Name);
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Walk(propertySchema, property.Value, at, depth + 1, writer, problems, patterns);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                problems.Add(at, ValidationProblemCodes.UnknownField, $"{JsonPathText.Quote(property.Name)} is not an allowed property");
                property.Value.WriteTo(writer);
            }
            else
            {
                Walk(additional, property.Value, at, depth + 1, writer, problems, patterns);
            }
        }

        if (properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (!present.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Object
                    && property.Value.TryGetProperty("default", out var defaultValue))
                {
                    present.Add(property.Name);
                    writer.WritePropertyName(property.Name);
                    defaultValue.WriteTo(writer);
                }
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String && !present.Contains(name.GetString()!))
                {
                    problems.Add(JsonPathText.Property(path, name.GetString()!), ValidationProblemCodes.Required, "is required");
                }
            }
        }

        writer.WriteEndObject();
    }

    private static void CheckString(JsonElement schema, string text, string path, ProblemCollector problems, Patterns patterns)
    {
        var length = CodePoints(text);
        if (schema.TryGetProperty("minLength", out var min) && min.TryGetInt32(out var minLength) && length < minLength)
        {
            problems.Add(path, ValidationProblemCodes.InvalidValue, $"must be at least {minLength} characters long");
        }

        if (schema.TryGetProperty("maxLength", out var max) && max.TryGetInt32(out var maxLength) && length > maxLength)
        {
            problems.Add(path, ValidationProblemCodes.TooLong, $"must be at most {maxLength} characters long");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String
            && Compiled(patterns, pattern.GetString()!) is { } regex)
        {
            try
            {
                if (!regex.IsMatch(text))
                {
                    problems.Add(path, ValidationProblemCodes.InvalidFormat, "does not match the pattern " + JsonPathText.Quote(pattern.GetString()!));
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                problems.Add(path, TemplateProblemCodes.PatternTimeout, "could not be matched against the pattern in time");
            }
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement value, string path, ProblemCollector problems)
    {
        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            problems.Add(path, ValidationProblemCodes.OutOfRange, "the number is too large");
            return;
        }

        if (schema.TryGetProperty("minimum", out var min) && min.TryGetDouble(out var low) && number < low)
        {
            problems.Add(path, ValidationProblemCodes.OutOfRange, "must be at least " + low.ToString(CultureInfo.InvariantCulture));
        }

        if (schema.TryGetProperty("maximum", out var max) && max.TryGetDouble(out var high) && number > high)
        {
            problems.Add(path, ValidationProblemCodes.OutOfRange, "must be at most " + high.ToString(CultureInfo.InvariantCulture));
        }
    }

    // Each distinct pattern is compiled once per validation, however many values it checks.
    private static System.Text.RegularExpressions.Regex? Compiled(Patterns patterns, string pattern)
    {
        if (!patterns.TryGetValue(pattern, out var regex))
        {
            regex = SchemaPattern.TryCreate(pattern, out _);
            patterns[pattern] = regex;
        }

        return regex;
    }

    private static bool MatchesType(JsonElement type, JsonElement value) => type.ValueKind switch
    {
        JsonValueKind.String => Matches(type.GetString(), value),
        JsonValueKind.Array => type.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && Matches(item.GetString(), value)),
        _ => true,
    };

    private static bool Matches(string? type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsInteger(value),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static bool IsInteger(JsonElement value) =>
        value.TryGetDecimal(out var d) ? d == decimal.Truncate(d) : value.TryGetDouble(out var x) && double.IsFinite(x) && Math.Floor(x) == x;

    private static string DescribeType(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? "one of " + string.Join(", ", type.EnumerateArray().Select(item => item.ToString()))
            : type.ToString();

    private static string DescribeEnum(JsonElement allowed)
    {
        var shown = allowed.EnumerateArray().Take(10).Select(option => option.ValueKind == JsonValueKind.String
            ? JsonPathText.Quote(option.GetString()!)
            : option.GetRawText().Length <= JsonPathText.MaxEchoLength ? option.GetRawText() : "…");
        return string.Join(", ", shown) + (allowed.GetArrayLength() > 10 ? ", …" : "");
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
