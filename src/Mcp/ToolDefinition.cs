using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobForge.Mcp;

/// <summary>What a tool declares: its name, what it is for, its arguments (name → schema) and its output schema.</summary>
internal sealed record ToolDefinition(
    string Name, string Title, string Description, JsonObject InputProperties, string[] Required, JsonElement OutputSchema, bool ReadOnly);
