using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

/// <summary>
/// One blob container: create and delete it, and put, get, list, delete and lease its block blobs, each blob named on
/// the call. Obtained from <see cref="BlobServiceClient.GetContainerClient"/>. Thread-safe.
/// Every failure other than the documented "if exists" outcomes is an <see cref="Azure.RequestFailedException"/>
/// with <c>Status</c> and <c>ErrorCode</c> (compare with <see cref="BlobErrorCode"/>).
/// </summary>
public sealed partial class BlobContainerClient
{
    private readonly StoragePipeline _pipeline;

    internal BlobContainerClient(StoragePipeline pipeline, Uri uri, string name)
    {
        _pipeline = pipeline;
        Uri = uri;
        Name = name;
    }

    /// <summary>The container name.</summary>
    public string Name { get; }

    /// <summary>The container URI.</summary>
    public Uri Uri { get; }

    /// <summary>Creates the container (Create Container, private access); true when created, false when it existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Put);
        message.Request.Content = RequestContent.Create(BinaryData.Empty);
        var response = await _pipeline.SendAsync(message, cancellationToken, 201, 409).ConfigureAwait(false);
        if (response.Status == 409 && StorageFailures.GetErrorCode(response) != BlobErrorCode.ContainerAlreadyExists)
        {
            throw StorageFailures.Exception(response); // For example ContainerBeingDeleted.
        }

        return response.Status == 201;
    }

    /// <summary>Deletes the container and all its blobs; true when deleted, false when it did not exist.</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Delete);
        var response = await _pipeline.SendAsync(message, cancellationToken, 202, 404).ConfigureAwait(false);
        return response.Status == 202;
    }

    /// <summary>A lease client for blob <paramref name="blobName"/> (which must exist to be leased); makes no request.</summary>
    /// <exception cref="ArgumentException">The blob name is invalid.</exception>
    public BlobLeaseClient GetBlobLeaseClient(string blobName)
    {
        BlobNames.ThrowIfInvalid(blobName, nameof(blobName));
        return new BlobLeaseClient(this, blobName);
    }

    internal StoragePipeline Pipeline => _pipeline;

    /// <summary>A message on blob <paramref name="blobName"/> (already validated).</summary>
    internal HttpMessage BlobMessage(RequestMethod method, string blobName) =>
        _pipeline.CreateMessage(method, StorageResourceNames.Append(Uri, BlobNames.Encode(blobName)));

    private HttpMessage ContainerMessage(RequestMethod method)
    {
        var message = _pipeline.CreateMessage(method, Uri);
        message.Request.Uri.AppendQuery("restype", "container");
        return message;
    }
}
