using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Blobs;
using JobForge.Storage.Pipeline;
using JobForge.Storage.Diagnostics;
using JobForge.Storage.Queues;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Configuration;

/// <summary>The three service clients of one storage account, built once from resolved endpoints and one credential.</summary>
public sealed class StorageClients
{
    /// <summary>Builds clients for <paramref name="endpoints"/>: Shared Key when they carry a key, else <paramref name="tokenCredential"/>.</summary>
    /// <exception cref="ArgumentException">Neither a shared key nor a token credential is available.</exception>
    /// <param name="endpoints">The account's endpoints.</param>
    /// <param name="tokenCredential">The Entra ID credential, for endpoints without a key.</param>
    /// <param name="options">Retry and timeout settings.</param>
    /// <param name="time">The clock (for request signing and retries).</param>
    /// <param name="observer">Sees every request attempt (benchmarks count them); null for none.</param>
    public StorageClients(StorageAccountEndpoints endpoints, TokenCredential? tokenCredential, StorageOptions options, TimeProvider time, IStorageRequestObserver? observer = null)
    {
        Endpoints = endpoints;
        var tableOptions = Configure(new TableClientOptions(), options, observer);
        var blobOptions = Configure(new BlobClientOptions(), options, observer);
        var queueOptions = Configure(new QueueClientOptions(), options, observer);
        tableOptions.TimeProvider = blobOptions.TimeProvider = queueOptions.TimeProvider = time;

        if (endpoints.SharedKey is { } key)
        {
            Tables = new TableServiceClient(endpoints.TableEndpoint, key, tableOptions);
            Blobs = new BlobServiceClient(endpoints.BlobEndpoint, key, blobOptions);
            Queues = new QueueServiceClient(endpoints.QueueEndpoint, key, queueOptions);
        }
        else if (tokenCredential is not null)
        {
            Tables = new TableServiceClient(endpoints.TableEndpoint, tokenCredential, tableOptions);
            Blobs = new BlobServiceClient(endpoints.BlobEndpoint, tokenCredential, blobOptions);
            Queues = new QueueServiceClient(endpoints.QueueEndpoint, tokenCredential, queueOptions);
        }
        else
        {
            throw new ArgumentException("Endpoints without a shared key need a token credential.", nameof(tokenCredential));
        }
    }

    /// <summary>The account's endpoints.</summary>
    public StorageAccountEndpoints Endpoints { get; }

    /// <summary>The Table service client.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>The Blob service client.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The Queue service client.</summary>
    public QueueServiceClient Queues { get; }

    private static T Configure<T>(T clientOptions, StorageOptions options, IStorageRequestObserver? observer)
        where T : ClientOptions
    {
        if (observer is not null)
        {
            clientOptions.AddPolicy(new ObservingPolicy(observer), HttpPipelinePosition.PerRetry);
        }

        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        return clientOptions;
    }
}
