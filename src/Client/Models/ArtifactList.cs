namespace JobForge.Client.Models;

/// <summary>A run's artifacts.</summary>
public sealed record ArtifactList
{
    /// <summary>The run id.</summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>The artifacts.</summary>
    public IReadOnlyList<Artifact> Artifacts { get; init; } = [];
}
