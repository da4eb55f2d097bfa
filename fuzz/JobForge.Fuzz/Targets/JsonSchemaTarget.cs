using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Fuzz.Targets;

/// <summary>
/// The JSON-schema validator: a contract's <c>input_schema</c> is checked, and a job request's <c>inputs</c> are
/// validated against it. Input: a JSON document; an object with <c>schema</c> and <c>value</c> validates the value
/// against the schema, any other document is checked as a schema and validated against itself.
/// </summary>
public static class JsonSchemaTarget
{
    /// <summary>Runs one input.</summary>
    public static void Run(byte[] data)
    {
        using var document = FuzzInput.Json(data);
        if (document is null)
        {
            return;
        }

        var root = document.RootElement;
        var paired = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schema", out _) && root.TryGetProperty("value", out _);
        var schema = paired ? root.GetProperty("schema") : root;
        var value = paired ? root.GetProperty("value") : root;
        var problems = JsonSchemaValidator.CheckSchema(schema, "$.input_schema");
        var result = JsonSchemaValidator.Validate(schema, value);
        if (problems.Count > 0)
        {
            FuzzInput.Check(result.Problems.Count == 1 && result.Problems[0].Code == TemplateProblemCodes.InvalidSchema,
                "an invalid schema yields one invalid_schema problem");
            return;
        }

        if (result.Problems.Count == 0)
        {
            // A valid value with its defaults filled in stays valid.
            var again = JsonSchemaValidator.Validate(schema, result.ValueWithDefaults);
            FuzzInput.Check(again.Problems.Count == 0, "a value with defaults filled in is still valid");
        }
    }
}
