using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

public static partial class JsonSchemaValidator
{
    private static readonly string[] s_types = ["object", "array", "string", "integer", "number", "boolean", "null"];

    private static readonly string[] s_keywords =
    [
        "type", "properties", "required", "enum", "default", "minimum", "maximum", "minLength", "maxLength",
        "pattern", "items", "additionalProperties", "title", "description",
    ];

    private static void CheckNode(JsonElement schema, string path, int depth, ref int nodes, ProblemCollector problems)
    {
        if (problems.IsFull)
        {
            return;
        }

        if (++nodes > MaxSchemaNodes)
        {
            if (nodes == MaxSchemaNodes + 1)
            {
                problems.Add(path, ValidationProblemCodes.TooManyItems, $"a schema may hold at most {MaxSchemaNodes} subschemas");
            }

            return;
        }

        if (depth > MaxSchemaDepth)
        {
            problems.Add(path, ValidationProblemCodes.TooDeep, $"schemas may nest at most {MaxSchemaDepth} deep");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, ValidationProblemCodes.WrongType, $"a schema must be an object, not {JsonPathText.Describe(schema.ValueKind)}");
            return;
        }

        var problemsBefore = problems.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in schema.EnumerateObject())
        {
            var at = JsonPathText.Property(path, property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(at, ValidationProblemCodes.DuplicateField, "the keyword appears twice");
                continue;
            }

            CheckKeyword(property.Name, property.Value, at, depth, ref nodes, problems);
        }

        CheckRange(schema, "minimum", "maximum", path, problems);
        CheckRange(schema, "minLength", "maxLength", path, problems);
        // The default is checked only against a valid schema: validating reads the keywords as the types they must have
        // (found by fuzzing: {"minimum":"0","default":5} threw instead of reporting the string minimum).
        if (problems.Count == problemsBefore && !problems.IsFull && schema.TryGetProperty("default", out var defaultValue))
        {
            var result = ValidateTrusted(schema, defaultValue, JsonPathText.Property(path, "default"));
            foreach (var problem in result.Problems)
            {
                problems.Add(problem.Path, problem.Code, "the default does not satisfy its schema: " + problem.Message);
            }
        }
    }

    private static void CheckKeyword(string name, JsonElement value, string at, int depth, ref int nodes, ProblemCollector problems)
    {
        switch (name)
        {
            case "type":
                CheckType(value, at, problems);
                break;
            case "properties" when value.ValueKind == JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    CheckNode(property.Value, JsonPathText.Property(at, property.Name), depth + 1, ref nodes, problems);
                }

                break;
            case "items":
                CheckNode(value, at, depth + 1, ref nodes, problems);
                break;
            case "additionalProperties" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                break;
            case "additionalProperties":
                CheckNode(value, at, depth + 1, ref nodes, problems);
                break;
            case "required" when value.ValueKind == JsonValueKind.Array:
                CheckUniqueStrings(value, at, problems);
                break;
            case "enum" when value.ValueKind == JsonValueKind.Array:
                CheckEnum(value, at, problems);
                break;
            case "default":
                break;
            case "minimum" or "maximum" when value.ValueKind == JsonValueKind.Number:
                break;
            case "minLength" or "maxLength" when value.ValueKind == JsonValueKind.Number:
                if (!value.TryGetInt32(out var length) || length < 0)
                {
                    problems.Add(at, ValidationProblemCodes.OutOfRange, $"{name} must be a whole number from 0 to {int.MaxValue}");
                }

                break;
            case "pattern" when value.ValueKind == JsonValueKind.String:
                if (SchemaPattern.TryCreate(value.GetString()!, out var error) is null)
                {
                    problems.Add(at, ValidationProblemCodes.InvalidFormat, error!);
                }

                break;
            case "title" or "description" when value.ValueKind == JsonValueKind.String:
                break;
            case "properties" or "required" or "enum" or "minimum" or "maximum" or "minLength" or "maxLength" or "pattern" or "title" or "description":
                problems.Add(at, ValidationProblemCodes.WrongType, $"{name} must be {Expected(name)}, not {JsonPathText.Describe(value.ValueKind)}");
                break;
            default:
                problems.Add(at, ValidationProblemCodes.UnknownField,
                    $"{JsonPathText.Quote(name)} is not a supported keyword; supported: {string.Join(", ", s_keywords)}");
                break;
        }
    }

    private static string Expected(string keyword) => keyword switch
    {
        "properties" => "an object of schemas",
        "required" or "enum" => "an array",
        "minimum" or "maximum" or "minLength" or "maxLength" => "a number",
        _ => "a string",
    };

    private static void CheckType(JsonElement value, string at, ProblemCollector problems)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            if (!s_types.Contains(value.GetString(), StringComparer.Ordinal))
            {
                problems.Add(at, ValidationProblemCodes.InvalidValue, $"type must be one of {string.Join(", ", s_types)}");
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            problems.Add(at, ValidationProblemCodes.WrongType, "type must be a type name or a non-empty array of type names");
            return;
        }

        CheckUniqueStrings(value, at, problems);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !s_types.Contains(item.GetString(), StringComparer.Ordinal))
            {
                problems.Add(JsonPathText.Item(at, index), ValidationProblemCodes.InvalidValue, $"type must be one of {string.Join(", ", s_types)}");
            }

            index++;
        }
    }

    private static void CheckUniqueStrings(JsonElement array, string at, ProblemCollector problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = JsonPathText.Item(at, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                problems.Add(itemPath, ValidationProblemCodes.WrongType, $"must be a string, not {JsonPathText.Describe(item.ValueKind)}");
            }
            else if (!seen.Add(item.GetString()!))
            {
                problems.Add(itemPath, TemplateProblemCodes.Duplicate, $"{JsonPathText.Quote(item.GetString()!)} is listed twice");
            }
        }
    }

    private static void CheckEnum(JsonElement array, string at, ProblemCollector problems)
    {
        var count = array.GetArrayLength();
        if (count is 0 or > MaxEnumValues)
        {
            problems.Add(at, ValidationProblemCodes.TooManyItems, $"enum must list 1 to {MaxEnumValues} values");
        }
    }

    private static void CheckRange(JsonElement schema, string low, string high, string path, ProblemCollector problems)
    {
        if (schema.TryGetProperty(low, out var min) && schema.TryGetProperty(high, out var max)
            && min.ValueKind == JsonValueKind.Number && max.ValueKind == JsonValueKind.Number
            && min.TryGetDouble(out var a) && max.TryGetDouble(out var b) && a > b)
        {
            problems.Add(JsonPathText.Property(path, low), ValidationProblemCodes.OutOfRange, $"{low} is greater than {high}");
        }
    }
}
