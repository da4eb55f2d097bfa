using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace JobForge.Mcp;

/// <summary>
/// JSON schemas of the tools: output schemas are derived from the client models (so they cannot drift from what the
/// tools return), input schemas are written per tool and closed (<c>additionalProperties: false</c>).
/// </summary>
internal static class ToolSchemas
{
    private static readonly JsonSchemaExporterOptions Exporter = new() { TreatNullObliviousAsNonNullable = true };

    /// <summary>The schema of <paramref name="type"/>'s JSON, an object at the root as MCP requires.</summary>
    public static JsonElement Output<T>(JsonTypeInfo<T> type)
    {
        var schema = type.GetJsonSchemaAsNode(Exporter).AsObject();
        schema["type"] = "object";
        return JsonSerializer.SerializeToElement(schema, McpJsonContext.Default.JsonObject);
    }

    /// <summary>An object schema with <paramref name="properties"/> (name → schema) and the <paramref name="required"/> names.</summary>
    public static JsonElement Input(JsonObject properties, params string[] required)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties.DeepClone(),
            ["required"] = new JsonArray(required.Select(name => (JsonNode?)JsonValue.Create(name)).ToArray()),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(schema, McpJsonContext.Default.JsonObject);
    }

    public static JsonObject String(string description) => new() { ["type"] = "string", ["minLength"] = 1, ["description"] = description };

    public static JsonObject Enum(string description, params string[] values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()), ["description"] = description };

    public static JsonObject Boolean(string description) => new() { ["type"] = "boolean", ["description"] = description };

    public static JsonObject Integer(string description, int minimum, int maximum) =>
        new() { ["type"] = "integer", ["minimum"] = minimum, ["maximum"] = maximum, ["description"] = description };

    public static JsonObject Object(string description) => new() { ["type"] = "object", ["description"] = description };

    public static JsonObject StringMap(string description) => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "integer", "boolean") },
        ["description"] = description,
    };
}
