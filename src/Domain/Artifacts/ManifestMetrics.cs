using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>The manifest's <c>metrics</c>.</summary>
public sealed record ManifestMetrics
{
    /// <summary>From start to finish (0 while pending).</summary>
    [JsonPropertyName("duration_ms")]
    public long DurationMs { get; init; }

    /// <summary>Each step's summed duration and attempts.</summary>
    [JsonPropertyName("steps")]
    public IReadOnlyList<ManifestStepMetrics> Steps { get; init; } = [];

    /// <summary>All attempts of all steps.</summary>
    [JsonPropertyName("attempts")]
    public int Attempts { get; init; }

    /// <summary>Attempts beyond each step's first.</summary>
    [JsonPropertyName("retries")]
    public int Retries { get; init; }

    /// <summary>The bytes of the artifacts listed in <c>outputs</c>.</summary>
    [JsonPropertyName("bytes_written")]
    public long BytesWritten { get; init; }
}
