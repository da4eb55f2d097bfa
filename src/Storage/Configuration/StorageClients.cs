using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Blobs;
using JobForge.Storage.Queues;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Configuration;

/// <summary>The three service clients of one storage account, built once from resolved endpoints and one credential.</summary>
public sealed class StorageClients
{
    /// <summary>Builds clients for <paramref name="endpoints"/>: Shared Key when they carry a key, else <paramref name="tokenCredential"/>.</summary>
    /// <exception cref="ArgumentException">Neither a shared key nor a token credential is available.</exception>
    public StorageClients(StorageAccountEndpoints endpoints, TokenCredential? tokenCredential, StorageOptions options, TimeProvider time)
    {
        Endpoints = endpoints;
        var tableOptions = Configure(new TableClientOptions(), options);
        var blobOptions = Configure(new BlobClientOptions(), options);
        var queueOptions = Configure(new QueueClientOptions(), options);
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

    private static T Configure<T>(T clientOptions, StorageOptions options)
        where T : ClientOptions
    {
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        return clientOptions;
    }
}
