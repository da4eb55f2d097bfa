using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using JobForge.Storage.Configuration;
using JobForge.Storage.Diagnostics;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Storage.Tests.Diagnostics;

/// <summary>The request observer is a per-retry pipeline policy on every client AddJobForgeStorage registers.</summary>
public sealed class StorageRequestObserverPolicyTests
{
    private sealed class Recorder : IStorageRequestObserver
    {
        public ConcurrentQueue<(string Method, Uri Uri)> Seen { get; } = new();

        public void OnRequest(string method, Uri uri) => Seen.Enqueue((method, uri));
    }

    [Fact]
    public async Task RegisteredClients_WithAnObserver_ReportEachRequestOfEachServiceOnce()
    {
        var azurite = await AzuriteInstance.Shared;
        var recorder = new Recorder();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString })
                .Build())
            .AddSingleton<IStorageRequestObserver>(recorder)
            .AddJobForgeStorage();
        await using var provider = services.BuildServiceProvider();
        var table = provider.GetRequiredService<TableServiceClient>().GetTableClient(UniqueNames.Next("observed"));
        var container = provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(UniqueNames.Next("observed"));
        var queue = provider.GetRequiredService<QueueServiceClient>().GetQueueClient(UniqueNames.Next("observed"));

        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.GetEntityIfExistsAsync<TableEntity>("p", "r");
        await container.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();

        Assert.Equal(["POST", "POST", "GET", "PUT", "PUT"], recorder.Seen.Select(s => s.Method));
        Assert.Same(provider.GetRequiredService<TableServiceClient>(), provider.GetRequiredService<StorageClients>().Tables);
    }
}
