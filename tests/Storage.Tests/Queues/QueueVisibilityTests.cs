using Azure;
using JobForge.Storage.Queues;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Queues;

/// <summary>Tests that wait for real visibility timeouts (1–2 s, the shortest useful); split across classes to run in parallel.</summary>
public sealed class QueueVisibilityTests
{
    [Fact]
    public async Task Receive_WithoutDelete_MessageReappearsAfterTimeoutWithDequeueCount2()
    {
        var queue = await QueueTestQueue.CreateAsync("reappear");
        await queue.SendMessageAsync("work");
        var first = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(2)));

        var whileInvisible = await queue.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(2));
        QueueMessage? again = null;
        await Eventually.TrueAsync(
            async () => (again = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).SingleOrDefault()) is not null,
            QueueTestQueue.Wait,
            "the message to become visible again");

        Assert.Empty(whileInvisible);
        Assert.Equal(first.MessageId, again!.MessageId);
        Assert.Equal(2, again.DequeueCount);
        Assert.NotEqual(first.PopReceipt, again.PopReceipt);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(first.MessageId, first.PopReceipt));
        Assert.True(stale.Status is 400 or 404, $"status {stale.Status}");
    }

    [Fact]
    public async Task Send_WithVisibilityDelay_IsNotReceivedUntilTheDelayPasses()
    {
        var queue = await QueueTestQueue.CreateAsync("delay");
        var sent = await queue.SendMessageAsync("later", visibilityTimeout: TimeSpan.FromSeconds(2));

        var early = await queue.ReceiveMessagesAsync(1);
        var earlyPeek = await queue.PeekMessagesAsync(1);
        QueueMessage? late = null;
        await Eventually.TrueAsync(
            async () => (late = (await queue.ReceiveMessagesAsync(1)).SingleOrDefault()) is not null,
            QueueTestQueue.Wait,
            "the delayed message to become visible");

        Assert.True(sent.NextVisibleOn >= sent.InsertedOn.AddSeconds(2));
        Assert.Empty(early);
        Assert.Empty(earlyPeek);
        Assert.Equal(sent.MessageId, late!.MessageId);
        Assert.True(DateTimeOffset.UtcNow >= sent.NextVisibleOn.AddSeconds(-1));
    }
}
