using JobForge.Domain.Events;
using JobForge.Domain.Runs;

namespace JobForge.Domain.Artifacts;

/// <summary>Checks the three parts of an artifact's address before any store is asked.</summary>
public static class ArtifactKeys
{
    /// <summary>Whether tenant, run id and name are all well-formed.</summary>
    public static bool AreValid(string? tenantId, string? runId, string? name) =>
        AreValid(tenantId, runId) && ArtifactName.IsValid(name);

    /// <summary>Whether tenant and run id are well-formed.</summary>
    public static bool AreValid(string? tenantId, string? runId) =>
        StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength) && RunId.IsValid(runId);

    /// <summary>Throws when any part is malformed.</summary>
    /// <exception cref="ArgumentException">The tenant id, run id or name is malformed.</exception>
    public static void ThrowIfInvalid(string tenantId, string runId, string name)
    {
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength))
        {
            throw new ArgumentException("The tenant id is malformed.", nameof(tenantId));
        }

        if (!RunId.IsValid(runId))
        {
            throw new ArgumentException("The run id is malformed.", nameof(runId));
        }

        if (ArtifactName.Problem(name) is { } problem)
        {
            throw new ArgumentException("Invalid artifact name: " + problem + ".", nameof(name));
        }
    }

    /// <summary>The checksum text of a SHA-256 in hex: <c>sha256:&lt;hex&gt;</c>.</summary>
    public static string Checksum(string sha256Hex) => "sha256:" + sha256Hex;
}
