using JobForge.Storage.Blobs;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Blobs;

/// <summary>A fresh container on the shared Azurite for one test.</summary>
internal static class BlobTestContainer
{
    public static async Task<BlobServiceClient> ServiceAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        return new BlobServiceClient(azurite.Endpoints.BlobEndpoint, azurite.Endpoints.SharedKey!, options);
    }

    public static async Task<BlobContainerClient> CreateAsync(string hint)
    {
        var container = (await ServiceAsync()).GetContainerClient(UniqueNames.Next(hint));
        Assert.True(await container.CreateIfNotExistsAsync());
        return container;
    }
}
