using JobForge.Domain.Events;
using JobForge.Storage.Publishing;
using JobForge.Storage.Tests.ServiceBus;

namespace JobForge.Storage.Tests.Publishing;

public sealed class ServiceBusEventPublisherTests
{
    private static readonly OutboxMessage First =
        new("evt-0001", "tenant-a", "invoice.paid", "billing", "4bf92f3577b34da6a3ce929d0e0e4736", """{"event_id":"evt-0001","payload":{"amount":12}}""");

    private static readonly OutboxMessage Second =
        new("evt-0002", "tenant-b", "run.started", "runner", "00f067aa0ba902b700f067aa0ba902b7", """{"event_id":"evt-0002"}""");

    [Fact]
    public async Task PublishAsync_TwoMessages_SendsOneBatchWithEventIdsAsMessageIdsAndTheFourProperties()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var publisher = new ServiceBusEventPublisher(ServiceBusTestSenders.SasSender(bus));

        await publisher.PublishAsync([First, Second]);

        var request = Assert.Single(bus.Requests);
        Assert.Null(request.AuthorizationFailure);
        Assert.Equal("/jobforge-events/messages", request.Path);
        var batch = request.BatchBody.EnumerateArray().ToArray();
        Assert.Equal(2, batch.Length);
        foreach (var (sent, message) in batch.Zip([First, Second]))
        {
            Assert.Equal(message.EventId, sent.GetProperty("BrokerProperties").GetProperty("MessageId").GetString());
            Assert.Equal(message.BodyJson, sent.GetProperty("Body").GetString());
            var properties = sent.GetProperty("UserProperties");
            Assert.Equal(
                new Dictionary<string, string?>
                {
                    ["tenant_id"] = message.TenantId,
                    ["event_type"] = message.EventType,
                    ["source_app"] = message.SourceApp,
                    ["trace_id"] = message.TraceId,
                },
                properties.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()));
        }
    }

    [Fact]
    public async Task PublishAsync_SameMessageTwice_SendsTheSameMessageIdSoTheBrokerCanDropTheRepeat()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var publisher = new ServiceBusEventPublisher(ServiceBusTestSenders.SasSender(bus));

        await publisher.PublishAsync([First]);
        await publisher.PublishAsync([First]);

        Assert.Equal(
            ["evt-0001", "evt-0001"],
            bus.Requests.Select(r => r.BatchBody[0].GetProperty("BrokerProperties").GetProperty("MessageId").GetString()));
    }

    [Fact]
    public async Task PublishAsync_BrokerFails_ThrowsRequestFailedWithTheStatus()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var options = ServiceBusTestSenders.FastRetries();
        options.Retry.MaxRetries = 0;
        bus.Script(503);
        var publisher = new ServiceBusEventPublisher(ServiceBusTestSenders.SasSender(bus, options));

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => publisher.PublishAsync([First]));

        Assert.Equal(503, error.Status);
    }

    [Fact]
    public async Task PublishAsync_MessageOverTheTierLimit_ThrowsArgumentExceptionAndSendsNothing()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var publisher = new ServiceBusEventPublisher(ServiceBusTestSenders.SasSender(bus));
        var huge = First with { BodyJson = "{\"x\":\"" + new string('a', 300 * 1024) + "\"}" };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => publisher.PublishAsync([huge]));

        Assert.Empty(bus.Requests);
    }

    [Fact]
    public async Task PublishAsync_NoMessages_SendsNothing()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();

        await new ServiceBusEventPublisher(ServiceBusTestSenders.SasSender(bus)).PublishAsync([]);

        Assert.Empty(bus.Requests);
    }
}
