using Azure.Messaging.ServiceBus;
using JobForge.Domain.Events;
using JobForge.Storage.Publishing;
using JobForge.TestKit.ServiceBus;

namespace JobForge.Storage.Tests.Publishing;

/// <summary>The publisher on the official SDK against the in-process AMQP broker: what the broker recorded is what was meant.</summary>
public sealed class ServiceBusEventPublisherTests
{
    private const string Topic = "jobforge-events";

    private static readonly OutboxMessage First =
        new("evt-0001", "tenant-a", "invoice.paid", "billing", "4bf92f3577b34da6a3ce929d0e0e4736", """{"event_id":"evt-0001","payload":{"amount":12}}""");

    private static readonly OutboxMessage Second =
        new("evt-0002", "tenant-b", "run.started", "runner", "00f067aa0ba902b700f067aa0ba902b7", """{"event_id":"evt-0002","note":"ü € 🚀"}""");

    [Fact]
    public async Task PublishAsync_TwoMessages_BrokerRecordsOneBatchWithIdsSubjectsPropertiesAndBodies()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);

        await new ServiceBusEventPublisher(client.CreateSender(Topic)).PublishAsync([First, Second]);

        var received = broker.Received;
        Assert.Equal(2, received.Count);
        foreach (var (sent, message) in received.Zip([First, Second]))
        {
            Assert.Equal(Topic, sent.EntityPath);
            Assert.True(sent.Batched);
            Assert.Equal(message.EventId, sent.MessageId);
            Assert.Equal(message.EventType, sent.Subject);
            Assert.Equal("application/json", sent.ContentType);
            Assert.Equal(message.BodyJson, sent.Body);
            Assert.Equal(
                new Dictionary<string, object?>
                {
                    ["tenant_id"] = message.TenantId,
                    ["event_type"] = message.EventType,
                    ["source_app"] = message.SourceApp,
                    ["trace_id"] = message.TraceId,
                },
                sent.ApplicationProperties.Where(p => !p.Key.StartsWith("Diagnostic-", StringComparison.Ordinal)).ToDictionary());
        }

        Assert.Equal((1, 0), broker.Tokens);
    }

    [Fact]
    public async Task PublishAsync_SameMessageTwice_SendsTheSameMessageIdSoTheBrokerCanDropTheRepeat()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));

        await publisher.PublishAsync([First]);
        await publisher.PublishAsync([First]);

        Assert.Equal(["evt-0001", "evt-0001"], broker.Received.Select(m => m.MessageId));
    }

    [Fact]
    public async Task PublishAsync_MoreThanOneBatchHolds_SendsEveryMessageInOrderAcrossBatches()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);
        var large = Enumerable.Range(1, 5)
            .Select(i => First with { EventId = $"evt-large-{i}", BodyJson = "{\"x\":\"" + new string('a', 100 * 1024) + "\"}" })
            .ToList();

        await new ServiceBusEventPublisher(client.CreateSender(Topic)).PublishAsync(large);

        Assert.Equal(large.Select(m => m.EventId), broker.Received.Select(m => m.MessageId));
        Assert.All(broker.Received, m => Assert.Equal(100 * 1024 + 8, m.Body.Length));
    }

    [Fact]
    public async Task PublishAsync_BrokerRefusesTheBatch_ThrowsServiceBusExceptionAndRecordsNothing()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);
        broker.RefuseMessages(1);

        await Assert.ThrowsAsync<ServiceBusException>(() => new ServiceBusEventPublisher(client.CreateSender(Topic)).PublishAsync([First, Second]));

        Assert.Empty(broker.Received);
        Assert.Equal(1, broker.Refused);
    }

    [Fact]
    public async Task PublishAsync_BrokerDown_ThrowsAndTheSameSenderPublishesOnceItIsBack()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);
        var publisher = new ServiceBusEventPublisher(client.CreateSender(Topic));
        await publisher.PublishAsync([First]);
        broker.Stop();

        await Assert.ThrowsAnyAsync<Exception>(() => publisher.PublishAsync([Second]));
        broker.Start();
        await publisher.PublishAsync([Second]);

        Assert.Equal(["evt-0001", "evt-0002"], broker.Received.Select(m => m.MessageId));
    }

    [Fact]
    public async Task PublishAsync_WrongKey_IsRefusedAtTheCbsNodeAndNothingIsRecorded()
    {
        using var broker = AmqpTestBroker.StartNew();
        var wrongKey = broker.ConnectionString.Replace(broker.Key, Convert.ToBase64String(new byte[16]), StringComparison.Ordinal);
        await using var client = new ServiceBusClient(wrongKey, new ServiceBusClientOptions { RetryOptions = { MaxRetries = 0 } });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => new ServiceBusEventPublisher(client.CreateSender(Topic)).PublishAsync([First]));

        Assert.Empty(broker.Received);
        Assert.Equal(0, broker.Tokens.Accepted);
        Assert.True(broker.Tokens.Refused >= 1);
    }

    [Fact]
    public async Task PublishAsync_MessageOverTheEntityLimit_ThrowsArgumentExceptionAndSendsNothing()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);
        var huge = Second with { BodyJson = "{\"x\":\"" + new string('a', 300 * 1024) + "\"}" };

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => new ServiceBusEventPublisher(client.CreateSender(Topic)).PublishAsync([First, huge]));

        Assert.Contains("evt-0002", error.Message, StringComparison.Ordinal);
        Assert.Empty(broker.Received);
    }

    [Fact]
    public async Task PublishAsync_NoMessages_DoesNotEvenConnect()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var client = BrokerClients.Client(broker);

        await new ServiceBusEventPublisher(client.CreateSender(Topic)).PublishAsync([]);

        Assert.Empty(broker.Received);
        Assert.Equal((0, 0), broker.Tokens);
    }
}
