using System.Text.Json;
using JobForge.Domain.Events;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using JobForge.Storage.Blobs;
using JobForge.Storage.Publishing;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Publishing;

public sealed class StorageQueueEventPublisherTests
{
    private static OutboxMessage Message(string id, string body) =>
        new(id, "tenant-a", "invoice.paid", "billing", "4bf92f3577b34da6a3ce929d0e0e4736", body);

    [Fact]
    public async Task PublishAsync_TwoMessages_EnqueuesOneWrapperPerEventWithPropertiesAndJsonBody()
    {
        var (publisher, queue, _) = await CreateAsync();

        await publisher.PublishAsync([Message("evt-1", """{"n":1,"note":"<a & b>"}"""), Message("evt-2", """{"n":2}""")]);

        var received = (await queue.ReceiveMessagesAsync(32)).Value;
        var wrappers = received.Select(m => JsonDocument.Parse(m.MessageText).RootElement).OrderBy(w => w.GetProperty("message_id").GetString()).ToArray();
        Assert.Equal(["evt-1", "evt-2"], wrappers.Select(w => w.GetProperty("message_id").GetString()));
        var first = wrappers[0];
        var properties = first.GetProperty("application_properties");
        Assert.Equal("tenant-a", properties.GetProperty("tenant_id").GetString());
        Assert.Equal("invoice.paid", properties.GetProperty("event_type").GetString());
        Assert.Equal("billing", properties.GetProperty("source_app").GetString());
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", properties.GetProperty("trace_id").GetString());
        Assert.Equal("application/json", first.GetProperty("content_type").GetString());
        Assert.Equal(JsonValueKind.Object, first.GetProperty("body").ValueKind); // Embedded JSON, not a string.
        Assert.Equal("<a & b>", first.GetProperty("body").GetProperty("note").GetString());
    }

    [Fact]
    public async Task PublishAsync_BodyTooLargeForAQueueMessage_StoresTheBodyInABlobAndEnqueuesAReference()
    {
        var (publisher, queue, container) = await CreateAsync();
        var body = "{\"text\":\"" + new string('x', 100_000) + "\"}";

        await publisher.PublishAsync([Message("evt-big", body)]);

        var wrapper = JsonDocument.Parse(Assert.Single((await queue.ReceiveMessagesAsync(32)).Value).MessageText).RootElement;
        Assert.False(wrapper.TryGetProperty("body", out _));
        var reference = wrapper.GetProperty("body_blob");
        Assert.Equal(container.Name, reference.GetProperty("container").GetString());
        Assert.Equal("tenant-a/evt-big.json", reference.GetProperty("name").GetString());
        var stored = await container.DownloadContentIfExistsAsync("tenant-a/evt-big.json");
        Assert.Equal(body, stored!.Content.ToString());
    }

    [Fact]
    public async Task PublishAsync_BodyIsNotJson_ThrowsArgumentExceptionAndEnqueuesNothing()
    {
        var (publisher, queue, _) = await CreateAsync();
        await queue.CreateIfNotExistsAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync([Message("evt-ok", "{}"), Message("evt-bad", "{not json")]));

        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(QueueBudget.Inline, true)]
    [InlineData(QueueBudget.Inline + 1, false)]
    public void FitsInline_ByEscapedSize_KeepsHeadroomUnderTheQueueLimit(int length, bool fits) =>
        Assert.Equal(fits, StorageQueueEventMessage.FitsInline(new string('a', length)));

    [Fact]
    public void FitsInline_TextFullOfXmlSpecials_CountsTheirEscapes() =>
        Assert.False(StorageQueueEventMessage.FitsInline(new string('&', (StorageQueueEventMessage.MaxInlineBytes / 5) + 1)));

    private static async Task<(StorageQueueEventPublisher Publisher, QueueClient Queue, BlobContainerClient Container)> CreateAsync()
    {
        var queue = (await AzuriteInstance.Shared).QueueService().GetQueueClient(UniqueNames.Next("pubq")); // The publisher creates it.
        var azurite = await AzuriteInstance.Shared;
        var blobs = azurite.BlobService();
        var container = blobs.GetBlobContainerClient(UniqueNames.Next("pubbodies"));
        return (new StorageQueueEventPublisher(queue, container), queue, container);
    }

    private static class QueueBudget
    {
        public const int Inline = StorageQueueEventMessage.MaxInlineBytes;
    }
}
