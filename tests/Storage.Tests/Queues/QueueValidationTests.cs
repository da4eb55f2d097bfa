using Azure;
using JobForge.Storage.Accounts;
using JobForge.Storage.Queues;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Queues;

public sealed class QueueValidationTests
{
    private static readonly QueueServiceClient OfflineService = new(
        new Uri("http://127.0.0.1:1/devstoreaccount1/"),
        new StorageSharedKeyCredential(StorageAccountEndpoints.DevelopmentAccountName, StorageAccountEndpoints.DevelopmentAccountKey));

    private static readonly QueueClient Offline = OfflineService.GetQueueClient("jobs");

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    [InlineData(-1)]
    public async Task ReceiveAndPeek_WithCountOutside1To32_ThrowArgumentOutOfRange(int count)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Offline.ReceiveMessagesAsync(count));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Offline.PeekMessagesAsync(count));
    }

    [Fact]
    public async Task Send_OfMoreThan64KiB_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Offline.SendMessageAsync(new string('a', QueueClient.MaxMessageBytes + 1)));

    [Fact]
    public async Task Send_WhoseXmlEscapingExceeds64KiB_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Offline.SendMessageAsync(new string('&', QueueClient.MaxMessageBytes / 4)));

    [Fact]
    public async Task Send_WithCharacterXmlCannotCarry_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() => Offline.SendMessageAsync("bell\u0007"));

    [Theory]
    [InlineData(-1.0, null)]
    [InlineData(1.5, null)]
    [InlineData(10.0, 10.0)]
    [InlineData(0.0, 0.0)]
    public async Task Send_WithBadDelayOrTimeToLive_ThrowsArgumentOutOfRange(double delaySeconds, double? ttlSeconds) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Offline.SendMessageAsync(
            "x", TimeSpan.FromSeconds(delaySeconds), ttlSeconds is { } ttl ? TimeSpan.FromSeconds(ttl) : null));

    [Fact]
    public async Task Receive_WithZeroVisibilityTimeout_ThrowsArgumentOutOfRange() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Offline.ReceiveMessagesAsync(1, TimeSpan.Zero));

    [Theory]
    [InlineData("ab")]
    [InlineData("Jobs")]
    [InlineData("a--b")]
    public void GetQueueClient_WithInvalidName_ThrowsArgumentException(string name) =>
        Assert.Throws<ArgumentException>(() => OfflineService.GetQueueClient(name));

    [Fact]
    public void GetQueueClient_OnEndpointWithTrailingSlash_BuildsUriWithoutDoubleSlash() =>
        Assert.Equal("http://127.0.0.1:1/devstoreaccount1/jobs", Offline.Uri.AbsoluteUri);

    [Fact]
    public async Task Ping_AgainstAzurite_SucceedsAndWithWrongKeyFailsWith403()
    {
        var azurite = await AzuriteInstance.Shared;
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 0;
        var wrong = new QueueServiceClient(
            azurite.Endpoints.QueueEndpoint, new StorageSharedKeyCredential(azurite.Endpoints.AccountName, Convert.ToBase64String(new byte[64])), options);

        await (await QueueTestQueue.ServiceAsync()).PingAsync();
        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => wrong.PingAsync());

        Assert.Equal(403, failure.Status);
    }
}
