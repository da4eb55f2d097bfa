using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>A run's manifest (the evidence summary).</summary>
public sealed record RunManifest
{
    /// <summary>The manifest format version.</summary>
    public string ManifestVersion { get; init; } = string.Empty;

    /// <summary>The run id.</summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The template key.</summary>
    public string JobType { get; init; } = string.Empty;

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The inputs artifact.</summary>
    public string? InputsSnapshotRef { get; init; }

    /// <summary>The log artifact.</summary>
    public string? LogsRef { get; init; }

    /// <summary>The output artifacts.</summary>
    public IReadOnlyList<Artifact> Outputs { get; init; } = [];

    /// <summary>Durations and counts.</summary>
    public JsonElement Metrics { get; init; }

    /// <summary>The environment fingerprint.</summary>
    public JsonElement EnvFingerprint { get; init; }

    /// <summary>The tool versions.</summary>
    public JsonElement ToolVersions { get; init; }

    /// <summary>The final status.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The error, if the run failed.</summary>
    public JsonElement? Error { get; init; }
}
