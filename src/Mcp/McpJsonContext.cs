using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using JobForge.Client.Models;

namespace JobForge.Mcp;

/// <summary>The client models as the tools return them: the API's own snake_case JSON (and their output schemas).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(UndefinedAsNullConverter)])]
[JsonSerializable(typeof(ArtifactList))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventReceipt))]
[JsonSerializable(typeof(JobAccepted))]
[JsonSerializable(typeof(Run))]
[JsonSerializable(typeof(RunManifest))]
[JsonSerializable(typeof(TemplateList))]
[JsonSerializable(typeof(RunWatchResult))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class McpJsonContext : JsonSerializerContext;
