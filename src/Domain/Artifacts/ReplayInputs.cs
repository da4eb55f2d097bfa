using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>The inputs a run used.</summary>
/// <param name="CanonicalJson">The inputs as canonical JSON (<see cref="Runs.CanonicalJson"/>).</param>
/// <param name="Sha256">The SHA-256 (hex) of <paramref name="CanonicalJson"/>'s UTF-8 bytes.</param>
public sealed record ReplayInputs(
    [property: JsonPropertyName("canonical_json")] string CanonicalJson,
    [property: JsonPropertyName("sha256")] string Sha256);
