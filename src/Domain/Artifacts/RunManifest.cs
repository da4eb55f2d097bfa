using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// The run manifest, <c>manifest_version</c> 1.0: what ran, with what, what it produced and how it went. Written
/// <c>pending</c> when the run starts and <c>complete</c> or <c>failed</c> when it ends (see <see cref="RunManifestBuilder"/>).
/// </summary>
public sealed record RunManifest
{
    /// <summary>The current manifest version.</summary>
    public const string CurrentVersion = "1.0";

    /// <summary>The manifest format version.</summary>
    [JsonPropertyName("manifest_version")]
    public string ManifestVersion { get; init; } = CurrentVersion;

    /// <summary>The run id.</summary>
    [JsonPropertyName("run_id")]
    public required string RunId { get; init; }

    /// <summary>The tenant.</summary>
    [JsonPropertyName("tenant_id")]
    public required string TenantId { get; init; }

    /// <summary>The project, if any.</summary>
    [JsonPropertyName("project_id")]
    public string? ProjectId { get; init; }

    /// <summary>The template key.</summary>
    [JsonPropertyName("job_type")]
    public required string JobType { get; init; }

    /// <summary>When the run was requested.</summary>
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The reference of the inputs snapshot.</summary>
    [JsonPropertyName("inputs_snapshot_ref")]
    public string? InputsSnapshotRef { get; init; }

    /// <summary>The reference of the run log (null until written).</summary>
    [JsonPropertyName("logs_ref")]
    public string? LogsRef { get; init; }

    /// <summary>The artifacts, in name order.</summary>
    [JsonPropertyName("outputs")]
    public IReadOnlyList<ArtifactInfo> Outputs { get; init; } = [];

    /// <summary>Durations, attempts and bytes.</summary>
    [JsonPropertyName("metrics")]
    public required ManifestMetrics Metrics { get; init; }

    /// <summary>Where it ran.</summary>
    [JsonPropertyName("env_fingerprint")]
    public required EnvironmentFingerprint EnvFingerprint { get; init; }

    /// <summary>The JobForge and handler versions.</summary>
    [JsonPropertyName("tool_versions")]
    public required ToolVersions ToolVersions { get; init; }

    /// <summary><c>pending</c>, <c>complete</c> or <c>failed</c> (<see cref="ManifestStatus"/>).</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The failure of a failed run (the step failure envelope), else absent.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Error { get; init; }
}
