using System.Security.Cryptography;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

public sealed partial class BlobContainerClient
{
    /// <summary>
    /// The largest content <see cref="UploadAsync"/> sends in one Put Blob: 256 MiB. The service takes more, but a single
    /// in-memory put of more is a design smell; stage blocks for larger artifacts.
    /// </summary>
    public const int MaxUploadBytes = 256 * 1024 * 1024;

    /// <summary>
    /// Writes block blob <paramref name="blobName"/> in one Put Blob (<c>x-ms-blob-type: BlockBlob</c>), replacing any
    /// existing content, content type and metadata, subject to the conditions in <paramref name="options"/>.
    /// </summary>
    /// <returns>The new ETag, last-modified time, the MD5 the service stored, and the SHA-256 when asked for.</returns>
    /// <exception cref="ArgumentException">Invalid name, content over <see cref="MaxUploadBytes"/>, bad metadata or contradictory options.</exception>
    /// <exception cref="Azure.RequestFailedException">
    /// 409 <see cref="BlobErrorCode.BlobAlreadyExists"/> (create-only), 412 <see cref="BlobErrorCode.ConditionNotMet"/>
    /// (stale ETag), 412 <see cref="BlobErrorCode.LeaseIdMissing"/> (leased blob), 400 <see cref="BlobErrorCode.Md5Mismatch"/>, and others.
    /// </exception>
    public async Task<BlobContentInfo> UploadAsync(
        string blobName, BinaryData content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        BlobNames.ThrowIfInvalid(blobName, nameof(blobName));
        ArgumentNullException.ThrowIfNull(content);
        options ??= new BlobUploadOptions();
        var bytes = content.ToMemory();
        if (bytes.Length > MaxUploadBytes)
        {
            throw new ArgumentException(
                $"UploadAsync sends at most {MaxUploadBytes} bytes in one put; this content has {bytes.Length}.", nameof(content));
        }

        if (options.IfNoneMatchAll && options.IfMatch is not null)
        {
            throw new ArgumentException("Give IfNoneMatchAll (create only) or IfMatch (replace that version), not both.", nameof(options));
        }

        if (options.ComputeContentMd5 && options.ContentMd5 is not null)
        {
            throw new ArgumentException("Give ComputeContentMd5 or ContentMd5, not both.", nameof(options));
        }

        var metadata = new Dictionary<string, string>(options.Metadata ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        string? sha256 = null;
        if (options.ComputeSha256)
        {
            if (metadata.ContainsKey(BlobUploadOptions.Sha256MetadataName))
            {
                throw new ArgumentException("ComputeSha256 writes the 'sha256' metadata entry; do not give one as well.", nameof(options));
            }

            sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
            metadata[BlobUploadOptions.Sha256MetadataName] = sha256;
        }

        using var message = BlobMessage(RequestMethod.Put, blobName);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("Content-Type", options.ContentType ?? "application/octet-stream");
        BlobMetadata.Apply(request, metadata);
        var md5 = options.ContentMd5 ?? (options.ComputeContentMd5 ? MD5.HashData(bytes.Span) : null);
        if (md5 is not null)
        {
            request.Headers.SetValue("Content-MD5", Convert.ToBase64String(md5));
        }

        if (options.IfNoneMatchAll)
        {
            request.Headers.SetValue("If-None-Match", "*");
        }
        else if (options.IfMatch is { } ifMatch)
        {
            request.Headers.SetValue("If-Match", ifMatch.ToString("H"));
        }

        if (options.LeaseId is not null)
        {
            request.Headers.SetValue("x-ms-lease-id", options.LeaseId);
        }

        request.Content = RequestContent.Create(content);
        var response = await _pipeline.SendAsync(message, cancellationToken, 201).ConfigureAwait(false);
        return new BlobContentInfo(
            StorageResponseHeaders.GetETag(response),
            StorageResponseHeaders.GetDate(response, "Last-Modified") ?? default,
            StorageResponseHeaders.GetBase64(response, "Content-MD5"),
            sha256);
    }
}
