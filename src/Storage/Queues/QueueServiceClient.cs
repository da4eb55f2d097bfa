using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Queues;

/// <summary>
/// The Queue service of one storage account, reached through one Azure.Core pipeline shared by every queue client it
/// hands out. Thread-safe; create one per account and keep it.
/// </summary>
public sealed class QueueServiceClient
{
    private readonly StoragePipeline _pipeline;

    /// <summary>A client signing with the account key (Shared Key), as for Azurite.</summary>
    /// <param name="endpoint">The Queue endpoint: <c>https://acct.queue.core.windows.net</c> or Azurite's <c>http://127.0.0.1:10001/devstoreaccount1</c>.</param>
    /// <param name="credential">The account name and key.</param>
    /// <param name="options">Retries, diagnostics and service version; defaults when null.</param>
    public QueueServiceClient(Uri endpoint, StorageSharedKeyCredential credential, QueueClientOptions? options = null)
        : this(endpoint, options ?? new QueueClientOptions(), credential ?? throw new ArgumentNullException(nameof(credential)), null)
    {
    }

    /// <summary>A client authenticating with Entra ID (for example <c>DefaultAzureCredential</c>); needs an https endpoint.</summary>
    /// <param name="endpoint">The Queue endpoint, for example <c>https://acct.queue.core.windows.net</c>.</param>
    /// <param name="credential">The token credential; tokens are requested for <c>https://storage.azure.com/.default</c>.</param>
    /// <param name="options">Retries, diagnostics and service version; defaults when null.</param>
    public QueueServiceClient(Uri endpoint, TokenCredential credential, QueueClientOptions? options = null)
        : this(endpoint, options ?? new QueueClientOptions(), null, credential ?? throw new ArgumentNullException(nameof(credential)))
    {
    }

    private QueueServiceClient(Uri endpoint, QueueClientOptions options, StorageSharedKeyCredential? sharedKey, TokenCredential? token)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The Queue endpoint must be an absolute URI.", nameof(endpoint));
        }

        Uri = endpoint;
        _pipeline = StoragePipeline.Create(options, StorageService.Queue, options.VersionString, options.TimeProvider, sharedKey, token);
    }

    /// <summary>The Queue service endpoint.</summary>
    public Uri Uri { get; }

    /// <summary>A client for queue <paramref name="queueName"/>; makes no request.</summary>
    /// <exception cref="ArgumentException">The name is not 3–63 lowercase letters, digits and single hyphens.</exception>
    public QueueClient GetQueueClient(string queueName)
    {
        StorageResourceNames.ThrowIfInvalidContainerOrQueueName(queueName, "queue", nameof(queueName));
        return new QueueClient(_pipeline, StorageResourceNames.Append(Uri, queueName), queueName);
    }

    /// <summary>A cheap authenticated round trip for health checks: List Queues with <c>maxresults=1</c>.</summary>
    /// <exception cref="Azure.RequestFailedException">The service refused (for example 403 for a wrong key) or failed.</exception>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Get, StorageResourceNames.Append(Uri, string.Empty));
        message.Request.Uri.AppendQuery("comp", "list");
        message.Request.Uri.AppendQuery("maxresults", "1");
        await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
    }
}
