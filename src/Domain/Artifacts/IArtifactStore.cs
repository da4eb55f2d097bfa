namespace JobForge.Domain.Artifacts;

/// <summary>
/// Where a run's artifacts are kept, under <c>{tenant}/{run_id}/{name}</c>. The tenant comes first in every method, so
/// an unscoped read cannot be written. Artifacts are write-once except <see cref="EvidenceArtifactNames.Manifest"/>:
/// putting the same name again with the same bytes returns the stored artifact (retries are safe), with other bytes
/// throws <see cref="ArtifactConflictException"/>; the manifest is replaced.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Stores <paramref name="content"/> as artifact <paramref name="name"/> of the run.</summary>
    /// <exception cref="ArgumentException">The tenant id, run id or name is malformed.</exception>
    /// <exception cref="ArtifactConflictException">A different artifact of that name exists (and it is not the manifest).</exception>
    Task<ArtifactInfo> PutAsync(
        string tenantId, string runId, string name, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The artifact, or null when absent, another tenant's, or any id or name is malformed (never throws for those).</summary>
    Task<ArtifactContent?> GetAsync(string tenantId, string runId, string name, CancellationToken cancellationToken = default);

    /// <summary>Every artifact of the run in ordinal name order; empty when none or the ids are malformed.</summary>
    Task<IReadOnlyList<ArtifactInfo>> ListAsync(string tenantId, string runId, CancellationToken cancellationToken = default);
}
