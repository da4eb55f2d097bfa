using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

/// <summary>
/// The Blob service of one storage account, reached through one Azure.Core pipeline shared by every container client
/// it hands out. Thread-safe; create one per account and keep it.
/// </summary>
public sealed class BlobServiceClient
{
    private readonly StoragePipeline _pipeline;

    /// <summary>A client signing with the account key (Shared Key), as for Azurite.</summary>
    /// <param name="endpoint">The Blob endpoint: <c>https://acct.blob.core.windows.net</c> or Azurite's <c>http://127.0.0.1:10000/devstoreaccount1</c>.</param>
    /// <param name="credential">The account name and key.</param>
    /// <param name="options">Retries, diagnostics and service version; defaults when null.</param>
    public BlobServiceClient(Uri endpoint, StorageSharedKeyCredential credential, BlobClientOptions? options = null)
        : this(endpoint, options ?? new BlobClientOptions(), credential ?? throw new ArgumentNullException(nameof(credential)), null)
    {
    }

    /// <summary>A client authenticating with Entra ID (for example <c>DefaultAzureCredential</c>); needs an https endpoint.</summary>
    /// <param name="endpoint">The Blob endpoint, for example <c>https://acct.blob.core.windows.net</c>.</param>
    /// <param name="credential">The token credential; tokens are requested for <c>https://storage.azure.com/.default</c>.</param>
    /// <param name="options">Retries, diagnostics and service version; defaults when null.</param>
    public BlobServiceClient(Uri endpoint, TokenCredential credential, BlobClientOptions? options = null)
        : this(endpoint, options ?? new BlobClientOptions(), null, credential ?? throw new ArgumentNullException(nameof(credential)))
    {
    }

    private BlobServiceClient(Uri endpoint, BlobClientOptions options, StorageSharedKeyCredential? sharedKey, TokenCredential? token)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The Blob endpoint must be an absolute URI.", nameof(endpoint));
        }

        Uri = endpoint;
        _pipeline = StoragePipeline.Create(options, StorageService.Blob, options.VersionString, options.TimeProvider, sharedKey, token);
    }

    /// <summary>The Blob service endpoint.</summary>
    public Uri Uri { get; }

    /// <summary>A client for container <paramref name="containerName"/>; makes no request.</summary>
    /// <exception cref="ArgumentException">The name is not 3–63 lowercase letters, digits and single hyphens.</exception>
    public BlobContainerClient GetContainerClient(string containerName)
    {
        StorageResourceNames.ThrowIfInvalidContainerOrQueueName(containerName, "container", nameof(containerName));
        return new BlobContainerClient(_pipeline, StorageResourceNames.Append(Uri, containerName), containerName);
    }

    /// <summary>
    /// A cheap authenticated round trip for health checks: List Containers with <c>maxresults=1</c>.
    /// </summary>
    /// <exception cref="Azure.RequestFailedException">The service refused (for example 403 for a wrong key) or failed.</exception>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Get, StorageResourceNames.Append(Uri, string.Empty));
        message.Request.Uri.AppendQuery("comp", "list");
        message.Request.Uri.AppendQuery("maxresults", "1");
        await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
    }
}
