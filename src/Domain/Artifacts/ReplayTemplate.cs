using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>The template version a run used.</summary>
/// <param name="Key">The template key.</param>
/// <param name="Version">The template version.</param>
/// <param name="Json">The template version's JSON text, exactly as snapshotted.</param>
/// <param name="Sha256">The SHA-256 (hex) of <paramref name="Json"/>'s UTF-8 bytes.</param>
public sealed record ReplayTemplate(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("json")] string Json,
    [property: JsonPropertyName("sha256")] string Sha256);
