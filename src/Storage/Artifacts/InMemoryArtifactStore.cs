using System.Security.Cryptography;
using JobForge.Domain.Artifacts;

namespace JobForge.Storage.Artifacts;

/// <summary>An in-memory <see cref="IArtifactStore"/> for tests and local runs, with the contract of <see cref="BlobArtifactStore"/>. Thread-safe.</summary>
public sealed class InMemoryArtifactStore : IArtifactStore
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, ArtifactContent> _artifacts = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<ArtifactInfo> PutAsync(
        string tenantId, string runId, string name, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArtifactKeys.ThrowIfInvalid(tenantId, runId, name);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var reference = ArtifactRef.Format(tenantId, runId, name);
        var checksum = ArtifactKeys.Checksum(Convert.ToHexStringLower(SHA256.HashData(content.Span)));
        var info = new ArtifactInfo(name, ArtifactTypes.FromName(name), reference, content.Length, checksum, contentType);
        lock (_gate)
        {
            if (name != EvidenceArtifactNames.Manifest && _artifacts.TryGetValue(reference, out var existing))
            {
                return existing.Info.Checksum == checksum
                    ? Task.FromResult(info with { MimeType = existing.Info.MimeType })
                    : throw new ArtifactConflictException($"Artifact '{name}' exists already with other content; artifacts other than the manifest are write-once.");
            }

            _artifacts[reference] = new ArtifactContent(info, content.ToArray());
            return Task.FromResult(info);
        }
    }

    /// <inheritdoc />
    public Task<ArtifactContent?> GetAsync(string tenantId, string runId, string name, CancellationToken cancellationToken = default)
    {
        if (!ArtifactKeys.AreValid(tenantId, runId, name))
        {
            return Task.FromResult<ArtifactContent?>(null);
        }

        lock (_gate)
        {
            return Task.FromResult(_artifacts.GetValueOrDefault(ArtifactRef.Format(tenantId, runId, name)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactInfo>> ListAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        if (!ArtifactKeys.AreValid(tenantId, runId))
        {
            return Task.FromResult<IReadOnlyList<ArtifactInfo>>([]);
        }

        var prefix = ArtifactRef.RunPrefix(tenantId, runId);
        lock (_gate)
        {
            IReadOnlyList<ArtifactInfo> list = [.. _artifacts.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(a => a.Value.Info)];
            return Task.FromResult(list);
        }
    }
}
