using Azure;
using JobForge.Storage.Queues;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Queues;

public sealed class QueueClientTests
{
    [Fact]
    public async Task CreateIfNotExists_Twice_CreatesOnceAndDeleteIfExistsReportsWhetherItExisted()
    {
        var queue = (await QueueTestQueue.ServiceAsync()).GetQueueClient(UniqueNames.Next("create"));

        Assert.True(await queue.CreateIfNotExistsAsync());
        Assert.False(await queue.CreateIfNotExistsAsync());
        Assert.True(await queue.DeleteIfExistsAsync());
        Assert.False(await queue.DeleteIfExistsAsync());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("<run id=\"1\">&amp; 'quoted' > </run>")]
    [InlineData("ünïcødé ✓ 日本語 🚀")]
    [InlineData("{\"tenant\":\"acme\",\"step\":\"a<b && c>d\"}")]
    public async Task SendReceiveDelete_WithSpecialCharacters_RoundTripsTextAndEmptiesQueue(string text)
    {
        var queue = await QueueTestQueue.CreateAsync("roundtrip");

        var sent = await queue.SendMessageAsync(text);
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt);

        Assert.Equal(text, received.MessageText);
        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal(1, received.DequeueCount);
        Assert.Equal(sent.InsertedOn, received.InsertedOn);
        Assert.True(received.NextVisibleOn > DateTimeOffset.UtcNow.AddSeconds(20));
        Assert.Empty(await queue.PeekMessagesAsync(32));
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Receive_WithSeveralMessages_ReturnsUpToMaxAndHidesThem()
    {
        var queue = await QueueTestQueue.CreateAsync("batch");
        foreach (var i in Enumerable.Range(0, 5))
        {
            await queue.SendMessageAsync("m" + i);
        }

        var first = await queue.ReceiveMessagesAsync(3, TimeSpan.FromSeconds(30));
        var second = await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30));
        var third = await queue.ReceiveMessagesAsync(32);

        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(third);
        Assert.Equal(5, first.Concat(second).Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(5, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Peek_OfVisibleMessage_LeavesDequeueCountAndVisibilityUnchanged()
    {
        var queue = await QueueTestQueue.CreateAsync("peek");
        await queue.SendMessageAsync("look");

        var peeked = Assert.Single(await queue.PeekMessagesAsync(1));
        var peekedAgain = Assert.Single(await queue.PeekMessagesAsync(1));
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal("look", peeked.MessageText);
        Assert.Equal(0, peeked.DequeueCount);
        Assert.Equal(0, peekedAgain.DequeueCount);
        Assert.Equal(peeked.MessageId, received.MessageId);
        Assert.Equal(1, received.DequeueCount);
        Assert.Empty(await queue.PeekMessagesAsync(1)); // Received messages are invisible to peek too.
    }

    [Fact]
    public async Task Send_WithTimeToLive_SetsExpiresOnAndInfiniteNeverExpires()
    {
        var queue = await QueueTestQueue.CreateAsync("ttl");

        var hour = await queue.SendMessageAsync("short", timeToLive: TimeSpan.FromHours(1));
        var forever = await queue.SendMessageAsync("forever", timeToLive: Timeout.InfiniteTimeSpan);
        var byDefault = await queue.SendMessageAsync("default");

        Assert.Equal(TimeSpan.FromHours(1), hour.ExpiresOn - hour.InsertedOn);
        Assert.Equal(9999, forever.ExpiresOn.Year);
        Assert.Equal(TimeSpan.FromDays(7), byDefault.ExpiresOn - byDefault.InsertedOn);
        var peeked = await queue.PeekMessagesAsync(32);
        Assert.Equal(hour.ExpiresOn, peeked.Single(m => m.MessageId == hour.MessageId).ExpiresOn);
    }

    [Fact]
    public async Task DeleteMessage_OfMissingMessage_Throws404MessageNotFound()
    {
        var queue = await QueueTestQueue.CreateAsync("missingmsg");
        var sent = await queue.SendMessageAsync("x");
        await queue.DeleteMessageAsync(sent.MessageId, sent.PopReceipt);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(sent.MessageId, sent.PopReceipt));

        Assert.Equal(404, failure.Status);
        Assert.True(failure.ErrorCode == QueueErrorCode.MessageNotFound, failure.ErrorCode);
    }

    [Fact]
    public async Task Send_ToMissingQueue_Throws404QueueNotFound()
    {
        var queue = (await QueueTestQueue.ServiceAsync()).GetQueueClient(UniqueNames.Next("absent"));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => queue.SendMessageAsync("x"));

        Assert.Equal(404, failure.Status);
        Assert.True(failure.ErrorCode == QueueErrorCode.QueueNotFound, failure.ErrorCode);
    }

    [Fact]
    public async Task Send_OfExactly64KiB_IsAccepted()
    {
        var queue = await QueueTestQueue.CreateAsync("max");
        var text = new string('a', QueueClient.MaxMessageBytes);

        await queue.SendMessageAsync(text);

        Assert.Equal(text, Assert.Single(await queue.ReceiveMessagesAsync(1)).MessageText);
    }
}
