using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// Everything needed to re-execute a run without side effects (<c>bundle_version</c> 1.0): the template snapshot and
/// its hash, the canonical inputs and their hash, provenance, and each step's recorded outputs. Built by
/// <see cref="ReplayBundleBuilder"/>, checked by <see cref="ReplayBundleVerifier"/>.
/// </summary>
public sealed record ReplayBundle
{
    /// <summary>The current bundle version.</summary>
    public const string CurrentVersion = "1.0";

    /// <summary>The bundle format version.</summary>
    [JsonPropertyName("bundle_version")]
    public required string BundleVersion { get; init; }

    /// <summary>The run id.</summary>
    [JsonPropertyName("run_id")]
    public required string RunId { get; init; }

    /// <summary>The tenant.</summary>
    [JsonPropertyName("tenant_id")]
    public required string TenantId { get; init; }

    /// <summary>The template snapshot.</summary>
    [JsonPropertyName("template")]
    public required ReplayTemplate Template { get; init; }

    /// <summary>The inputs snapshot.</summary>
    [JsonPropertyName("inputs")]
    public required ReplayInputs Inputs { get; init; }

    /// <summary>Where and with what it was built.</summary>
    [JsonPropertyName("provenance")]
    public required ReplayProvenance Provenance { get; init; }

    /// <summary>The steps in execution order with their recorded outcome.</summary>
    [JsonPropertyName("steps")]
    public required IReadOnlyList<ReplayStep> Steps { get; init; }

    /// <summary>The run's final status (wire name, e.g. <c>succeeded</c>).</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }
}
