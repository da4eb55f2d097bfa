using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusBatchSendTests
{
    [Fact]
    public async Task SendBatchAsync_ThreeMessages_PostsOneJsonArrayWithBrokerAndUserProperties()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        ServiceBusOutboundMessage[] messages =
        [
            ServiceBusTestSenders.Event("evt-1", """{"n":1}"""),
            new("evt-2", "plain text, ünïcode") { Subject = "note", TimeToLive = TimeSpan.FromSeconds(40) },
            new("evt-3", "{}")
            {
                CorrelationId = "corr-3",
                ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue>
                {
                    ["tenant_name"] = "Zürich \"HQ\"",
                    ["attempt"] = 2,
                    ["replayed"] = true,
                    ["weight"] = 0.5,
                },
            },
        ];

        await ServiceBusTestSenders.SasSender(bus).SendBatchAsync(messages);

        var request = Assert.Single(bus.Requests);
        Assert.Null(request.AuthorizationFailure);
        Assert.Equal("/jobforge-events/messages", request.Path);
        Assert.Equal("application/vnd.microsoft.servicebus.json", request.Header("Content-Type"));
        var batch = request.BatchBody.EnumerateArray().ToArray();
        Assert.Equal(["evt-1", "evt-2", "evt-3"], batch.Select(m => m.GetProperty("BrokerProperties").GetProperty("MessageId").GetString()));
        Assert.Equal("""{"n":1}""", batch[0].GetProperty("Body").GetString());
        Assert.Equal("tenant-42", batch[0].GetProperty("UserProperties").GetProperty("tenant_id").GetString());
        Assert.Equal("run.started", batch[0].GetProperty("UserProperties").GetProperty("event_type").GetString());
        Assert.Equal("plain text, ünïcode", batch[1].GetProperty("Body").GetString());
        Assert.Equal("note", batch[1].GetProperty("BrokerProperties").GetProperty("Label").GetString());
        Assert.Equal(40, batch[1].GetProperty("BrokerProperties").GetProperty("TimeToLive").GetDouble());
        Assert.False(batch[1].TryGetProperty("UserProperties", out _));
        var user = batch[2].GetProperty("UserProperties");
        Assert.Equal("corr-3", batch[2].GetProperty("BrokerProperties").GetProperty("CorrelationId").GetString());
        Assert.Equal("Zürich \"HQ\"", user.GetProperty("tenant_name").GetString());
        Assert.Equal(2, user.GetProperty("attempt").GetInt64());
        Assert.True(user.GetProperty("replayed").GetBoolean());
        Assert.Equal(0.5, user.GetProperty("weight").GetDouble());
    }

    [Fact]
    public async Task SendBatchAsync_OverByteLimit_SplitsInOrderIntoRequestsWithinTheLimit()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var options = ServiceBusTestSenders.FastRetries();
        options.MaxBatchSizeInBytes = 4096;
        var messages = Enumerable.Range(1, 10)
            .Select(i => ServiceBusTestSenders.Event($"evt-{i:D2}", new string('x', 1000)))
            .ToArray();

        await ServiceBusTestSenders.SasSender(bus, options).SendBatchAsync(messages);

        Assert.True(bus.Requests.Count > 1);
        Assert.All(bus.Requests, r => Assert.True(r.Body.Length <= 4096, $"{r.Body.Length} bytes"));
        var sent = bus.Requests.SelectMany(r => r.BatchBody.EnumerateArray())
            .Select(m => m.GetProperty("BrokerProperties").GetProperty("MessageId").GetString());
        Assert.Equal(messages.Select(m => m.MessageId), sent);
    }

    [Fact]
    public async Task SendBatchAsync_OverCountLimit_SplitsIntoRequestsOfAtMostTheCount()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var options = ServiceBusTestSenders.FastRetries();
        options.MaxMessagesPerBatch = 4;
        var messages = Enumerable.Range(1, 10).Select(i => ServiceBusTestSenders.Event($"evt-{i}")).ToArray();

        await ServiceBusTestSenders.SasSender(bus, options).SendBatchAsync(messages);

        Assert.Equal([4, 4, 2], bus.Requests.Select(r => r.BatchBody.GetArrayLength()));
    }

    [Fact]
    public async Task SendBatchAsync_OneMessageLargerThanABatch_IsRejectedAndNothingIsSent()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var options = ServiceBusTestSenders.FastRetries();
        options.MaxBatchSizeInBytes = 4096;
        ServiceBusOutboundMessage[] messages =
        [
            ServiceBusTestSenders.Event("evt-small"),
            ServiceBusTestSenders.Event("evt-huge", new string('x', 5000)),
        ];

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => ServiceBusTestSenders.SasSender(bus, options).SendBatchAsync(messages));

        Assert.Contains("evt-huge", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", error.Message, StringComparison.Ordinal);
        Assert.Empty(bus.Requests);
    }

    [Fact]
    public async Task SendBatchAsync_BinaryBody_IsRejectedBecauseBatchBodiesAreText()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var message = new ServiceBusOutboundMessage("evt-bin", new BinaryData(new byte[] { 0xFF, 0xFE, 0x00 }));

        await Assert.ThrowsAsync<ArgumentException>(() => ServiceBusTestSenders.SasSender(bus).SendBatchAsync([message]));

        Assert.Empty(bus.Requests);
    }

    [Fact]
    public async Task SendBatchAsync_EmptyList_SendsNothing()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();

        await ServiceBusTestSenders.SasSender(bus).SendBatchAsync([]);

        Assert.Empty(bus.Requests);
    }
}
