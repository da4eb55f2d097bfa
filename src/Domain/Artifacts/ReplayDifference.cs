using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>One place where a replay differs from the recording.</summary>
/// <param name="StepId">The step, or null for the run's final status.</param>
/// <param name="Path">A JSON path into the step (<c>$.outputs.items[2].name</c>; <c>$</c> for a missing step).</param>
/// <param name="Recorded">The recorded value, or null when absent.</param>
/// <param name="Replayed">The replayed value, or null when absent.</param>
public sealed record ReplayDifference(
    [property: JsonPropertyName("step_id")] string? StepId,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("recorded")] JsonElement? Recorded,
    [property: JsonPropertyName("replayed")] JsonElement? Replayed);
