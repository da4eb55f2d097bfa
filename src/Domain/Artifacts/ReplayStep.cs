using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>One step's recorded (or replayed) outcome.</summary>
/// <param name="Id">The step id.</param>
/// <param name="Uses">The handler kind.</param>
/// <param name="Status">The step status wire name (e.g. <c>succeeded</c>).</param>
/// <param name="Attempts">How many attempts it took.</param>
/// <param name="Outputs">Its outputs (a JSON object), or null when it produced none.</param>
public sealed record ReplayStep(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("uses")] string Uses,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("outputs")] JsonElement? Outputs);
