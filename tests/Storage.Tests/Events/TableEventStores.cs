using Azure.Core.Pipeline;
using JobForge.Storage.Events;
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
        var tables = azurite.TableService(policies: policy is null ? [] : [policy]);
        var blobs = azurite.BlobService();
        return new TableEventStore(tables, blobs, options, NullLogger<TableEventStore>.Instance);
    }
}
