using System.Net;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Server.Tests.Events;

public sealed class EventPublishingTests
{
    [Fact]
    public async Task AcceptedEvent_IsPublishedToTheQueueRedactedWithTheEventIdAsMessageId()
    {
        var queueName = UniqueNames.Next("published");
        await using var server = await EventsTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["JobForge:Publishing:Mode"] = "StorageQueue",
            ["JobForge:Publishing:StorageQueue:QueueName"] = queueName,
            ["JobForge:Publishing:StorageQueue:OverflowContainerName"] = UniqueNames.Next("overflow"),
        });
        var writer = await server.CreateKeyAsync("acme", "events:write");
        const string Payload = "{\"card\":\"4111111111111111\",\"note\":\"call bob\",\"severity\":\"high\"}";
        const string Hints = ",\"redaction_hints\":{\"redact_fields\":[\"note\"],\"encrypt_fields\":[\"card\"]}";

        using var posted = await server.PostEventAsync(writer, EventsTestServer.Event("acme", "pub-1", payload: Payload, extra: Hints));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);

        var azurite = await AzuriteInstance.Shared;
        var queue = azurite.QueueService().GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(); // the dispatcher may not have created it yet
        IReadOnlyList<PeekedMessage> messages = [];
        await Eventually.TrueAsync(async () =>
        {
            messages = (await queue.PeekMessagesAsync(32)).Value;
            return messages.Count > 0;
        }, TimeSpan.FromSeconds(20), "the event on the queue");

        var message = Assert.Single(messages);
        using var wrapper = JsonDocument.Parse(message.MessageText);
        Assert.Equal("pub-1", wrapper.RootElement.GetProperty("message_id").GetString());
        var properties = wrapper.RootElement.GetProperty("application_properties");
        Assert.Equal("acme", properties.GetProperty("tenant_id").GetString());
        Assert.Equal("infrastructure.alert", properties.GetProperty("event_type").GetString());
        var payload = wrapper.RootElement.GetProperty("body").GetProperty("payload");
        Assert.Equal("[REDACTED]", payload.GetProperty("note").GetString());
        Assert.Equal("[ENCRYPTED]", payload.GetProperty("card").GetString());
        Assert.DoesNotContain("4111", message.MessageText, StringComparison.Ordinal);
    }
}
