using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusOutboundMessageTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_WithoutMessageId_IsRejected(string? messageId)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ServiceBusOutboundMessage(messageId!, "{}"));

        Assert.Contains("MessageId is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MessageIdOver128Characters_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ServiceBusOutboundMessage(new string('a', 129), "{}"));

    [Fact]
    public void Constructor_Defaults_AreJsonWithNoProperties()
    {
        var message = new ServiceBusOutboundMessage("evt-1", """{"a":1}""");

        Assert.Equal("application/json", message.ContentType);
        Assert.Equal("""{"a":1}""", message.Body.ToString());
        Assert.Empty(message.ApplicationProperties);
        Assert.Null(message.TimeToLive);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("Authorization")]
    [InlineData("brokerproperties")]
    [InlineData("x-ms-client-request-id")]
    [InlineData("Content-Type")]
    public void ApplicationProperties_UnusableName_IsRejected(string name) =>
        Assert.Throws<ArgumentException>(() => new ServiceBusOutboundMessage("evt-1", "{}")
        {
            ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue> { [name] = "v" },
        });

    [Fact]
    public void ApplicationProperties_NamesDifferingOnlyInCase_AreRejected() =>
        Assert.Throws<ArgumentException>(() => new ServiceBusOutboundMessage("evt-1", "{}")
        {
            ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue> { ["tenant_id"] = "a", ["Tenant_Id"] = "b" },
        });

    [Fact]
    public void ApplicationProperties_AreCopied_SoLaterChangesDoNotLeakIn()
    {
        var properties = new Dictionary<string, ServiceBusPropertyValue> { ["tenant_id"] = "a" };
        var message = new ServiceBusOutboundMessage("evt-1", "{}") { ApplicationProperties = properties };

        properties["event_type"] = "b";

        Assert.Equal(["tenant_id"], message.ApplicationProperties.Keys);
    }

    [Fact]
    public void TimeToLive_NotPositive_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceBusOutboundMessage("evt-1", "{}") { TimeToLive = TimeSpan.Zero });

    [Fact]
    public void PropertyValue_NaN_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceBusPropertyValue.FromDouble(double.NaN));
}
