using Azure;
using JobForge.Storage.Queues;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Queues;

public sealed class QueueUpdateTests
{
    [Fact]
    public async Task Update_ExtendsInvisibilityAndReturnsNewPopReceipt_OldReceiptCannotDelete_NewOneCan()
    {
        var queue = await QueueTestQueue.CreateAsync("update");
        await queue.SendMessageAsync("job");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));

        var update = await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.FromSeconds(30));
        // Well past the original 1 s timeout: still hidden because of the update.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var hidden = await queue.ReceiveMessagesAsync(32);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync(received.MessageId, received.PopReceipt));
        await queue.DeleteMessageAsync(received.MessageId, update.PopReceipt);

        Assert.NotEqual(received.PopReceipt, update.PopReceipt);
        Assert.True(update.NextVisibleOn > received.NextVisibleOn.AddSeconds(20));
        Assert.Empty(hidden);
        Assert.True(stale.Status is 400 or 404, $"status {stale.Status}");
        Assert.True(stale.ErrorCode == QueueErrorCode.MessageNotFound || stale.ErrorCode == QueueErrorCode.PopReceiptMismatch, stale.ErrorCode);
        Assert.Empty(await queue.PeekMessagesAsync(32));
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Update_WithNewTextAndZeroTimeout_IsVisibleAtOnceWithTheNewText()
    {
        var queue = await QueueTestQueue.CreateAsync("updatetext");
        await queue.SendMessageAsync("v1");
        var received = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, TimeSpan.Zero, "v2 <&>");
        var again = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Equal("v2 <&>", again.MessageText);
        Assert.Equal(2, again.DequeueCount);
    }
}
