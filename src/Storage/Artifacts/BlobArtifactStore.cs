using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using JobForge.Domain.Artifacts;
using JobForge.Storage.Blobs;

namespace JobForge.Storage.Artifacts;

/// <summary>
/// <see cref="IArtifactStore"/> on one blob container: blob <c>{tenant}/{run_id}/{name}</c> with the artifact's content
/// type and its SHA-256 as metadata <c>sha256</c>. The container is created at first write. Uploads are decided per
/// artifact: every artifact but the manifest is write-once (create-only, <c>If-None-Match: *</c>; the same content again
/// is accepted, other content is a conflict), the manifest is overwritten as the run goes on. Thread-safe.
/// </summary>
public sealed class BlobArtifactStore : IArtifactStore
{
    /// <summary>The metadata entry holding the content's SHA-256 (lowercase hex).</summary>
    public const string Sha256MetadataName = "sha256";

    private readonly BlobContainerClient _container;
    private readonly int _pageSize;
    private volatile bool _containerReady;

    /// <summary>A store on <paramref name="container"/>, listing <paramref name="pageSize"/> blobs per request.</summary>
    public BlobArtifactStore(BlobContainerClient container, int pageSize = BlobContainerOperations.MaxPageSize)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, BlobContainerOperations.MaxPageSize);
        _container = container;
        _pageSize = pageSize;
    }

    /// <inheritdoc />
    public async Task<ArtifactInfo> PutAsync(
        string tenantId, string runId, string name, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArtifactKeys.ThrowIfInvalid(tenantId, runId, name);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var blobName = ArtifactRef.Format(tenantId, runId, name);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.Span));
        var info = new ArtifactInfo(name, ArtifactTypes.FromName(name), blobName, content.Length, ArtifactKeys.Checksum(sha256), contentType);
        if (!_containerReady)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _containerReady = true;
        }

        var createOnly = name != EvidenceArtifactNames.Manifest;
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [Sha256MetadataName] = sha256 };
        try
        {
            await _container.UploadBlobAsync(blobName, BinaryData.FromBytes(content), contentType, createOnly, metadata, cancellationToken).ConfigureAwait(false);
            return info;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString())
        {
            var existing = await _container.GetPropertiesIfExistsAsync(blobName, cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.Metadata.TryGetValue(Sha256MetadataName, out var stored) && stored == sha256)
            {
                return info with { MimeType = existing.ContentType ?? contentType };
            }

            throw new ArtifactConflictException($"Artifact '{name}' exists already with other content; artifacts other than the manifest are write-once.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<ArtifactContent?> GetAsync(string tenantId, string runId, string name, CancellationToken cancellationToken = default)
    {
        if (!ArtifactKeys.AreValid(tenantId, runId, name))
        {
            return null;
        }

        var blobName = ArtifactRef.Format(tenantId, runId, name);
        var result = await _container.DownloadContentIfExistsAsync(blobName, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var bytes = result.Content.ToMemory();
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.Span));
        var info = new ArtifactInfo(
            name, ArtifactTypes.FromName(name), blobName, bytes.Length, ArtifactKeys.Checksum(sha256), result.Details.ContentType ?? "application/octet-stream");
        return new ArtifactContent(info, bytes);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArtifactInfo>> ListAsync(string tenantId, string runId, CancellationToken cancellationToken = default)
    {
        if (!ArtifactKeys.AreValid(tenantId, runId))
        {
            return [];
        }

        var prefix = ArtifactRef.RunPrefix(tenantId, runId);
        var list = new List<ArtifactInfo>();
        try
        {
            var pages = _container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken).AsPages(pageSizeHint: _pageSize);
            await foreach (var page in pages.ConfigureAwait(false))
            {
                foreach (var item in page.Values)
                {
                    var name = item.Name[prefix.Length..];
                    if (!ArtifactName.IsValid(name))
                    {
                        continue; // not written through this store
                    }

                    var sha256 = (item.Metadata is { } metadata && metadata.TryGetValue(Sha256MetadataName, out var stored) ? stored : null) ?? string.Empty;
                    list.Add(new ArtifactInfo(
                        name, ArtifactTypes.FromName(name), item.Name, item.Properties.ContentLength ?? 0, ArtifactKeys.Checksum(sha256),
                        item.Properties.ContentType ?? "application/octet-stream"));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == BlobErrorCode.ContainerNotFound.ToString())
        {
            return [];
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }
}
