using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusSendTests
{
    [Fact]
    public async Task SendAsync_WithApplicationProperties_PostsBodyBrokerPropertiesAndPropertyHeaders()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var sender = ServiceBusTestSenders.SasSender(bus);
        var message = new ServiceBusOutboundMessage("evt-0001", """{"run":"r-1"}""")
        {
            CorrelationId = "corr-7",
            Subject = "run.started",
            SessionId = "tenant-42",
            TimeToLive = TimeSpan.FromSeconds(90),
            ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue>
            {
                ["tenant_id"] = "tenant-42",
                ["event_type"] = "run.started",
                ["source_app"] = "jobforge-server",
                ["trace_id"] = "4bf92f3577b34da6a3ce929d0e0e4736",
                ["attempt"] = 3L,
                ["replayed"] = false,
            },
        };

        await sender.SendAsync(message);

        var request = Assert.Single(bus.Requests);
        Assert.Null(request.AuthorizationFailure);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/jobforge-events/messages", request.Path);
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"run":"r-1"}""", request.BodyText);
        var broker = request.BrokerProperties;
        Assert.Equal("evt-0001", broker.GetProperty("MessageId").GetString());
        Assert.Equal("corr-7", broker.GetProperty("CorrelationId").GetString());
        Assert.Equal("run.started", broker.GetProperty("Label").GetString());
        Assert.Equal("tenant-42", broker.GetProperty("SessionId").GetString());
        Assert.Equal(90, broker.GetProperty("TimeToLive").GetDouble());
        Assert.Equal("\"tenant-42\"", request.Header("tenant_id"));
        Assert.Equal("\"run.started\"", request.Header("event_type"));
        Assert.Equal("\"jobforge-server\"", request.Header("source_app"));
        Assert.Equal("\"4bf92f3577b34da6a3ce929d0e0e4736\"", request.Header("trace_id"));
        Assert.Equal("3", request.Header("attempt"));
        Assert.Equal("false", request.Header("replayed"));
    }

    [Fact]
    public async Task SendAsync_WithoutOptionalFields_SendsOnlyMessageIdAndJsonContentType()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();

        await ServiceBusTestSenders.SasSender(bus).SendAsync(new ServiceBusOutboundMessage("evt-2", "{}"));

        var request = Assert.Single(bus.Requests);
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"MessageId":"evt-2"}""", request.Header("BrokerProperties"));
    }

    [Fact]
    public async Task SendAsync_NonAsciiStringProperty_IsRejectedBeforeSending()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var message = new ServiceBusOutboundMessage("evt-3", "{}")
        {
            ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue> { ["tenant_name"] = "Zürich" },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ServiceBusTestSenders.SasSender(bus).SendAsync(message));

        Assert.Contains("tenant_name", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zürich", error.Message, StringComparison.Ordinal);
        Assert.Empty(bus.Requests);
    }

    [Fact]
    public async Task SendAsync_BodyOverMessageLimit_IsRejectedBeforeSending()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        var options = ServiceBusTestSenders.FastRetries();
        options.MaxMessageSizeInBytes = 4096;
        var message = new ServiceBusOutboundMessage("evt-big", new BinaryData(new byte[4096]));

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => ServiceBusTestSenders.SasSender(bus, options).SendAsync(message));

        Assert.Contains("evt-big", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxMessageSizeInBytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(bus.Requests);
    }

    [Theory]
    [InlineData("sb://ns.servicebus.windows.net/", "https://ns.servicebus.windows.net/jobforge-events")]
    [InlineData("https://ns.servicebus.windows.net", "https://ns.servicebus.windows.net/jobforge-events")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/jobforge-events")]
    public void Constructor_Endpoint_MapsToRestEntityUri(string endpoint, string expected)
    {
        var sender = new ServiceBusSender(
            new Uri(endpoint), "jobforge-events", new ServiceBusSharedAccessSignatureCredential("k", "v"));

        Assert.Equal(expected, sender.EntityUri.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://ns.servicebus.windows.net/", "jobforge-events")]
    [InlineData("ftp://ns.servicebus.windows.net/", "jobforge-events")]
    [InlineData("https://ns.servicebus.windows.net/extra", "jobforge-events")]
    [InlineData("https://ns.servicebus.windows.net/", "")]
    [InlineData("https://ns.servicebus.windows.net/", "/leading")]
    [InlineData("https://ns.servicebus.windows.net/", "a//b")]
    [InlineData("https://ns.servicebus.windows.net/", "bad name")]
    public void Constructor_UnusableEndpointOrEntity_Throws(string endpoint, string entity) =>
        Assert.Throws<ArgumentException>(() => new ServiceBusSender(
            new Uri(endpoint), entity, new ServiceBusSharedAccessSignatureCredential("k", "v")));
}
