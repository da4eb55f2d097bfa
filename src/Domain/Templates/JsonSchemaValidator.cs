using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>
/// Checks schemas and values against schemas, for the supported JSON Schema subset: <c>type</c> (<c>object</c>,
/// <c>array</c>, <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>null</c>, or an array of them),
/// <c>properties</c>, <c>required</c>, <c>enum</c>, <c>default</c>, <c>minimum</c>/<c>maximum</c>,
/// <c>minLength</c>/<c>maxLength</c> (in Unicode code points), <c>pattern</c> (a .NET regex, unanchored as in JSON
/// Schema, matched without backtracking), <c>items</c>, <c>additionalProperties</c> (boolean or schema; default
/// true) and the annotations <c>title</c> and <c>description</c>. Any other keyword is a problem. Total: never throws for
/// any input, and bounded: schemas nest at most <see cref="MaxSchemaDepth"/> deep with at most
/// <see cref="MaxSchemaNodes"/> subschemas, and at most <see cref="ValidationProblemCodes.ProblemLimit"/> problems are listed.
/// </summary>
public static partial class JsonSchemaValidator
{
    /// <summary>The deepest subschema nesting accepted.</summary>
    public const int MaxSchemaDepth = 16;

    /// <summary>The most subschemas one schema may hold.</summary>
    public const int MaxSchemaNodes = 1000;

    /// <summary>The most values an <c>enum</c> may list.</summary>
    public const int MaxEnumValues = 256;

    /// <summary>The longest <c>pattern</c>.</summary>
    public const int MaxPatternLength = 512;

    /// <summary>
    /// Checks that <paramref name="schema"/> is a valid schema of the subset: every problem with its path under
    /// <paramref name="path"/> (e.g. <c>$.input_schema.properties.depth.minimum</c>). Defaults are checked against
    /// their own schema.
    /// </summary>
    public static IReadOnlyList<ValidationProblem> CheckSchema(JsonElement schema, string path = "$")
    {
        var problems = new ProblemCollector();
        var nodes = 0;
        CheckNode(schema, path, 1, ref nodes, problems);
        return problems.ToList();
    }

    /// <summary>
    /// Validates <paramref name="value"/> against <paramref name="schema"/>: every problem with its JSON path into the
    /// value, and the value with <c>default</c>s filled in for missing properties (a missing required property with a
    /// default is filled, not a problem). An invalid schema yields one <see cref="TemplateProblemCodes.InvalidSchema"/>
    /// problem and the value unchanged.
    /// </summary>
    public static SchemaValidationResult Validate(JsonElement schema, JsonElement value)
    {
        if (CheckSchema(schema).Count > 0)
        {
            return new SchemaValidationResult(
                [new ValidationProblem("$", TemplateProblemCodes.InvalidSchema, "the schema is not valid; check it with CheckSchema")],
                value.ValueKind == JsonValueKind.Undefined ? default : value.Clone());
        }

        return ValidateTrusted(schema, value, "$");
    }
}
