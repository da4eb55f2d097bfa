using Azure;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusRetryTests
{
    [Fact]
    public async Task SendAsync_503Then201_IsRetriedOnceWithTheSameMessageIdAndSucceeds()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        bus.Script(503);

        await ServiceBusTestSenders.SasSender(bus).SendAsync(ServiceBusTestSenders.Event("evt-1"));

        Assert.Equal(2, bus.Requests.Count);
        Assert.All(bus.Requests, r => Assert.Equal("evt-1", r.BrokerProperties.GetProperty("MessageId").GetString()));
        Assert.All(bus.Requests, r => Assert.Null(r.AuthorizationFailure));
    }

    [Fact]
    public async Task SendBatchAsync_503Then201_IsRetriedOnceAndSucceeds()
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        bus.Script(503);

        await ServiceBusTestSenders.SasSender(bus).SendBatchAsync([ServiceBusTestSenders.Event("evt-1"), ServiceBusTestSenders.Event("evt-2")]);

        Assert.Equal(2, bus.Requests.Count);
        Assert.Equal(bus.Requests[0].Body, bus.Requests[1].Body);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task SendAsync_TransientStatusEveryTime_RetriesThenThrowsWithTheStatus(int status)
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        bus.Script(status, status, status, status);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => ServiceBusTestSenders.SasSender(bus).SendAsync(ServiceBusTestSenders.Event("evt-1")));

        Assert.Equal(status, error.Status);
        Assert.Equal(4, bus.Requests.Count); // the first try and MaxRetries = 3
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(413)]
    public async Task SendAsync_NonTransientStatus_IsNotRetriedAndThrowsWithStatusAndCode(int status)
    {
        using var bus = ServiceBusTestSenders.StartSasListener();
        bus.Script(status);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => ServiceBusTestSenders.SasSender(bus).SendAsync(ServiceBusTestSenders.Event("evt-1")));

        Assert.Equal(status, error.Status);
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.ErrorCode);
        Assert.Contains("Scripted failure.", error.Message, StringComparison.Ordinal);
        Assert.Single(bus.Requests);
    }
}
