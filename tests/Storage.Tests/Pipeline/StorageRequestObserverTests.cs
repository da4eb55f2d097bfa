using System.Collections.Concurrent;
using JobForge.Storage.Configuration;
using JobForge.Storage.Pipeline;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Pipeline;

public sealed class StorageRequestObserverTests
{
    private sealed class Recorder : IStorageRequestObserver
    {
        public ConcurrentQueue<(string Method, Uri Uri)> Seen { get; } = new();

        public void OnRequest(string method, Uri uri) => Seen.Enqueue((method, uri));
    }

    [Fact]
    public async Task Observer_SeesEachRequestOnce_WithMethodAndUri()
    {
        var azurite = await AzuriteInstance.Shared;
        var recorder = new Recorder();
        var clients = new StorageClients(azurite.Endpoints, null, new StorageOptions(), TimeProvider.System, recorder);
        var table = clients.Tables.GetTableClient(UniqueNames.Next("observed"));

        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.GetEntityIfExistsAsync("p", "r");

        Assert.Equal(["POST", "POST", "GET"], recorder.Seen.Select(s => s.Method));
        Assert.All(recorder.Seen, s => Assert.Equal(azurite.Endpoints.TableEndpoint.Port, s.Uri.Port));
    }
}
