using JobForge.Storage.Queues;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Queues;

/// <summary>A fresh queue on the shared Azurite for one test.</summary>
internal static class QueueTestQueue
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static async Task<QueueServiceClient> ServiceAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 0;
        return new QueueServiceClient(azurite.Endpoints.QueueEndpoint, azurite.Endpoints.SharedKey!, options);
    }

    public static async Task<QueueClient> CreateAsync(string hint)
    {
        var queue = (await ServiceAsync()).GetQueueClient(UniqueNames.Next(hint));
        Assert.True(await queue.CreateIfNotExistsAsync());
        return queue;
    }
}
