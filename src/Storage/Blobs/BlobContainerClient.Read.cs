using Azure;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

public sealed partial class BlobContainerClient
{
    /// <summary>
    /// Reads blob <paramref name="blobName"/> whole into memory (Get Blob), or null when the service answers 404 — the
    /// blob, or the whole container, does not exist.
    /// </summary>
    /// <exception cref="RequestFailedException">Any failure other than 404.</exception>
    public async Task<BlobDownloadResult?> DownloadContentIfExistsAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobNames.ThrowIfInvalid(blobName, nameof(blobName));
        using var message = BlobMessage(RequestMethod.Get, blobName);
        var response = await _pipeline.SendAsync(message, cancellationToken, 200, 404).ConfigureAwait(false);
        return response.Status == 404 ? null : new BlobDownloadResult(response.Content, ReadProperties(response));
    }

    /// <summary>
    /// The properties and metadata of blob <paramref name="blobName"/> (Get Blob Properties, a HEAD), or null on 404.
    /// </summary>
    /// <exception cref="RequestFailedException">Any failure other than 404.</exception>
    public async Task<BlobProperties?> GetPropertiesIfExistsAsync(string blobName, CancellationToken cancellationToken = default)
    {
        BlobNames.ThrowIfInvalid(blobName, nameof(blobName));
        using var message = BlobMessage(RequestMethod.Head, blobName);
        var response = await _pipeline.SendAsync(message, cancellationToken, 200, 404).ConfigureAwait(false);
        return response.Status == 404 ? null : ReadProperties(response);
    }

    /// <summary>
    /// Deletes blob <paramref name="blobName"/> (and its snapshots); true when deleted, false on 404.
    /// With <paramref name="ifMatch"/>, deletes only that version (otherwise 412 <see cref="BlobErrorCode.ConditionNotMet"/>);
    /// a leased blob needs <paramref name="leaseId"/> (otherwise 412 <see cref="BlobErrorCode.LeaseIdMissing"/>).
    /// </summary>
    /// <exception cref="RequestFailedException">Any failure other than 404.</exception>
    public async Task<bool> DeleteIfExistsAsync(
        string blobName, ETag? ifMatch = null, string? leaseId = null, CancellationToken cancellationToken = default)
    {
        BlobNames.ThrowIfInvalid(blobName, nameof(blobName));
        using var message = BlobMessage(RequestMethod.Delete, blobName);
        message.Request.Headers.SetValue("x-ms-delete-snapshots", "include");
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", etag.ToString("H"));
        }

        if (leaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-lease-id", leaseId);
        }

        var response = await _pipeline.SendAsync(message, cancellationToken, 202, 404).ConfigureAwait(false);
        return response.Status == 202;
    }

    private static BlobProperties ReadProperties(Response response) => new(
        response.Headers.ContentLength ?? 0,
        response.Headers.ContentType,
        StorageResponseHeaders.GetETag(response),
        StorageResponseHeaders.GetDate(response, "Last-Modified") ?? default,
        StorageResponseHeaders.GetBase64(response, "Content-MD5"),
        StorageResponseHeaders.GetMetadata(response));
}
