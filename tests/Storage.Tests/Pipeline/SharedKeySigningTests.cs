using Azure;
using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Blobs;
using JobForge.Storage.Pipeline;
using JobForge.Storage.Queues;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Pipeline;

public sealed class SharedKeySigningTests
{
    [Fact]
    public async Task SignedRequest_ToEachService_IsAccepted()
    {
        var azurite = await AzuriteInstance.Shared;
        var account = azurite.Endpoints;

        var table = Pipeline(StorageService.Table, new TableClientOptions(), account.SharedKey!);
        using var createTable = table.CreateMessage(RequestMethod.Post, new Uri(account.TableEndpoint + "/Tables"));
        createTable.Request.Headers.SetValue("Content-Type", "application/json");
        createTable.Request.Headers.SetValue("Accept", "application/json;odata=nometadata");
        createTable.Request.Content = RequestContent.Create(BinaryData.FromString($"{{\"TableName\":\"{UniqueNames.Next("sig")}\"}}"));
        Assert.Equal(201, (await table.SendAsync(createTable, default, 201, 204)).Status);

        var blob = Pipeline(StorageService.Blob, new BlobClientOptions(), account.SharedKey!);
        using var createContainer = blob.CreateMessage(RequestMethod.Put, new Uri(account.BlobEndpoint + "/" + UniqueNames.Next("sig") + "?restype=container"));
        Assert.Equal(201, (await blob.SendAsync(createContainer, default, 201)).Status);

        var queue = Pipeline(StorageService.Queue, new QueueClientOptions(), account.SharedKey!);
        using var createQueue = queue.CreateMessage(RequestMethod.Put, new Uri(account.QueueEndpoint + "/" + UniqueNames.Next("sig")));
        Assert.Equal(201, (await queue.SendAsync(createQueue, default, 201)).Status);
    }

    [Theory]
    [InlineData(StorageService.Table)]
    [InlineData(StorageService.Blob)]
    [InlineData(StorageService.Queue)]
    public async Task Request_SignedWithWrongKey_IsRejectedWith403(StorageService service)
    {
        var azurite = await AzuriteInstance.Shared;
        var account = azurite.Endpoints;
        var wrongKey = new StorageSharedKeyCredential(account.AccountName, Convert.ToBase64String(new byte[64]));
        var (pipeline, uri) = service switch
        {
            StorageService.Table => (Pipeline(service, new TableClientOptions(), wrongKey), new Uri(account.TableEndpoint + "/Tables")),
            StorageService.Blob => (Pipeline(service, new BlobClientOptions(), wrongKey), new Uri(account.BlobEndpoint + "/?comp=list")),
            _ => (Pipeline(service, new QueueClientOptions(), wrongKey), new Uri(account.QueueEndpoint + "/?comp=list")),
        };

        using var message = pipeline.CreateMessage(RequestMethod.Get, uri);
        message.Request.Headers.SetValue("Accept", "application/json;odata=nometadata");
        var failure = await Assert.ThrowsAsync<RequestFailedException>(async () => await pipeline.SendAsync(message, default, 200));
        Assert.Equal(403, failure.Status);
        // Azure says AuthenticationFailed for a bad signature; Azurite's blob and table services say AuthorizationFailure.
        Assert.Contains(failure.ErrorCode, new[] { "AuthenticationFailed", "AuthorizationFailure" });
    }

    private static StoragePipeline Pipeline(StorageService service, ClientOptions options, StorageSharedKeyCredential key)
    {
        options.Retry.MaxRetries = 0;
        var version = options switch
        {
            TableClientOptions t => t.VersionString,
            BlobClientOptions b => b.VersionString,
            QueueClientOptions q => q.VersionString,
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
        return StoragePipeline.Create(options, service, version, TimeProvider.System, key, tokenCredential: null);
    }
}
