using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace JobForge.Storage.Configuration;

/// <summary>
/// The three official service clients of JobForge's storage account, created once by Microsoft.Extensions.Azure
/// (<see cref="StorageServiceCollectionExtensions.AddJobForgeStorage"/>) and handed to the adapters together.
/// </summary>
public sealed class StorageClients
{
    /// <summary>Groups the three clients.</summary>
    public StorageClients(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues)
    {
        Tables = tables ?? throw new ArgumentNullException(nameof(tables));
        Blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        Queues = queues ?? throw new ArgumentNullException(nameof(queues));
    }

    /// <summary>The Table service client.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>The Blob service client.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The Queue service client.</summary>
    public QueueServiceClient Queues { get; }
}
