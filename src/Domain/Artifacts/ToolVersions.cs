using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>The manifest's <c>tool_versions</c>.</summary>
/// <param name="JobForge">The JobForge version.</param>
/// <param name="Handlers">Each handler kind's version.</param>
public sealed record ToolVersions(
    [property: JsonPropertyName("jobforge")] string JobForge,
    [property: JsonPropertyName("handlers")] IReadOnlyDictionary<string, string> Handlers);
