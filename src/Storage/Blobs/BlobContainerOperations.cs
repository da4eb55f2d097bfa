using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace JobForge.Storage.Blobs;

/// <summary>
/// The few shapes JobForge's adapters use over Azure.Storage.Blobs' <see cref="BlobContainerClient"/>: an upload that
/// says whether it is create-only (<c>If-None-Match: *</c>, 409 BlobAlreadyExists when present) or overwrites, and
/// reads that answer null for a missing blob. No protocol code: every call is the SDK's.
/// </summary>
public static class BlobContainerOperations
{
    /// <summary>The service's largest List Blobs page.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>
    /// Uploads <paramref name="content"/> as block blob <paramref name="blobName"/>. <paramref name="createOnly"/> sends
    /// <c>If-None-Match: *</c>, so an existing blob is a 409 <see cref="BlobErrorCode.BlobAlreadyExists"/> (the SDK's
    /// default too); otherwise the blob is replaced.
    /// </summary>
    public static async Task<ETag> UploadBlobAsync(
        this BlobContainerClient container,
        string blobName,
        BinaryData content,
        string contentType,
        bool createOnly,
        IDictionary<string, string>? metadata = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = metadata,
            Conditions = createOnly ? new BlobRequestConditions { IfNoneMatch = ETag.All } : null,
        };
        var response = await container.GetBlobClient(blobName).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        return response.Value.ETag;
    }

    /// <summary>The blob's content and properties, or null when it (or its container) does not exist.</summary>
    public static async Task<BlobDownloadResult?> DownloadContentIfExistsAsync(
        this BlobContainerClient container, string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        try
        {
            return (await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The blob's properties and metadata, or null when it (or its container) does not exist.</summary>
    public static async Task<BlobProperties?> GetPropertiesIfExistsAsync(
        this BlobContainerClient container, string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        try
        {
            return (await container.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
