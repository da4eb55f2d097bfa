using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>One step in the manifest's metrics.</summary>
/// <param name="Id">The step id.</param>
/// <param name="DurationMs">The summed duration of its attempts.</param>
/// <param name="Attempts">Its attempts.</param>
public sealed record ManifestStepMetrics(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("duration_ms")] long DurationMs,
    [property: JsonPropertyName("attempts")] int Attempts);
