using Azure.Data.Tables;
using Azure.Storage.Blobs;
using JobForge.Domain.Admission;
using JobForge.Storage.Configuration;
using JobForge.Storage.Diagnostics;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Storage.Tests.Diagnostics;

/// <summary>The registered table client feeds the latency monitor admission reads; blob transfers (large by nature) do not.</summary>
public sealed class StorageLatencyPolicyTests
{
    [Fact]
    public async Task RegisteredTableClient_FeedsTheMonitorBehindIStorageLatency_AndBlobRequestsDoNot()
    {
        var azurite = await AzuriteInstance.Shared;
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString })
                .Build())
            .AddJobForgeStorage();
        await using var provider = services.BuildServiceProvider();
        var latency = provider.GetRequiredService<IStorageLatency>();
        Assert.Same(provider.GetRequiredService<StorageLatencyMonitor>(), latency);

        await provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(UniqueNames.Next("latency")).CreateIfNotExistsAsync();
        Assert.Equal(TimeSpan.Zero, latency.Recent);

        var table = provider.GetRequiredService<TableServiceClient>().GetTableClient(UniqueNames.Next("latency"));
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        await Task.Delay(StorageLatencyMonitor.Refresh); // the figure is reused for this long

        Assert.True(latency.Recent > TimeSpan.Zero, "the table attempts were not counted");
    }
}
