using Azure.Core;
using JobForge.Storage.Blobs;
using JobForge.Storage.Events;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Storage.Tests.Events;

/// <summary>Table event stores on the shared Azurite, each with its own tables and container.</summary>
internal static class TableEventStores
{
    public static async Task<TableEventStore> CreateAsync(BatchRequestPolicy? policy = null, Action<EventStoreOptions>? configure = null)
    {
        var options = new EventStoreOptions
        {
            EventsTableName = UniqueNames.Next("ev"),
            TenantsTableName = UniqueNames.Next("evt"),
            BlobContainerName = UniqueNames.Next("evb"),
        };
        configure?.Invoke(options);
        return await CreateAsync(options, policy);
    }

    /// <summary>A store on exactly <paramref name="options"/>' names (a second one on the same names is a "restarted server").</summary>
    public static async Task<TableEventStore> CreateAsync(EventStoreOptions options, BatchRequestPolicy? policy = null)
    {
        var azurite = await AzuriteInstance.Shared;
        var tableOptions = new TableClientOptions();
        if (policy is not null)
        {
            tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        var tables = new TableServiceClient(azurite.Endpoints.TableEndpoint, azurite.Endpoints.SharedKey!, tableOptions);
        var blobs = new BlobServiceClient(azurite.Endpoints.BlobEndpoint, azurite.Endpoints.SharedKey!);
        return new TableEventStore(tables, blobs, options, NullLogger<TableEventStore>.Instance);
    }
}
