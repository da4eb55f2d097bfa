using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Tests.ServiceBus;

public sealed class ServiceBusEntraIdTests
{
    [Fact]
    public async Task SendAsync_WithTokenCredential_SendsBearerTokenForTheServiceBusScope()
    {
        using var bus = LoopbackServiceBus.Start(LoopbackAuthorization.Bearer("entra-token-1"));
        var credential = new FakeTokenCredential("entra-token-1");
        var options = ServiceBusTestSenders.FastRetries();
        options.Transport = new TlsTerminatingTransport();
        var endpoint = new UriBuilder(bus.Endpoint) { Scheme = "https" }.Uri;
        var sender = new ServiceBusSender(endpoint, ServiceBusTestSenders.Entity, credential, options);

        await sender.SendAsync(ServiceBusTestSenders.Event("evt-1"));
        await sender.SendBatchAsync([ServiceBusTestSenders.Event("evt-2")]);

        Assert.Equal(2, bus.Requests.Count);
        Assert.All(bus.Requests, r => Assert.Equal("Bearer entra-token-1", r.Header("Authorization")));
        Assert.All(bus.Requests, r => Assert.Null(r.AuthorizationFailure));
        var scopes = Assert.Single(credential.RequestedScopes); // the token is cached across sends
        Assert.Equal(["https://servicebus.azure.net/.default"], scopes);
    }

    [Fact]
    public async Task SendAsync_WithTokenCredentialOverPlainHttp_IsRefusedBeforeTheTokenLeaves()
    {
        using var bus = LoopbackServiceBus.Start(LoopbackAuthorization.Bearer("entra-token-1"));
        var sender = new ServiceBusSender(
            bus.Endpoint, ServiceBusTestSenders.Entity, new FakeTokenCredential("entra-token-1"), ServiceBusTestSenders.FastRetries());

        await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(ServiceBusTestSenders.Event("evt-1")));

        Assert.Empty(bus.Requests);
    }
}
