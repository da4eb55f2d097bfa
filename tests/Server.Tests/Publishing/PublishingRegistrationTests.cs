using JobForge.Server.Hosting;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using JobForge.Domain.Events;
using JobForge.Application.Publishing;
using JobForge.Storage.Publishing;
using JobForge.TestKit.ServiceBus;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Publishing;

public sealed class PublishingRegistrationTests
{
    [Fact]
    public void AddJobForgePublishing_ModeNotSet_RunsNoDispatcher()
    {
        using var provider = Build([]);

        var hosted = BackgroundLoopsServiceCollectionExtensions.OutboxLoop(provider);
        Assert.IsNotType<OutboxDispatcher>(hosted);
        Assert.Equal(PublishingMode.None, provider.GetRequiredService<IOptions<PublishingOptions>>().Value.Mode);
    }

    [Fact]
    public async Task AddJobForgePublishing_ModeNotSetWithAnObserver_RunsTheDispatcher_WhichFeedsTheObserverAndCompletesEntries()
    {
        var observer = new CountingObserver();
        var outbox = new InMemoryOutbox();
        using var provider = Build([], services =>
        {
            services.AddSingleton<IEventOutbox>(outbox);
            services.AddSingleton<IOutboxObserver>(observer);
        });
        outbox.Append("e1", DateTimeOffset.UtcNow.AddMinutes(-1), announce: false);

        var dispatcher = Assert.IsType<OutboxDispatcher>(BackgroundLoopsServiceCollectionExtensions.OutboxLoop(provider));
        Assert.IsType<ObserveOnlyEventPublisher>(provider.GetRequiredService<IEventPublisher>());
        var result = await dispatcher.TickAsync(DateTimeOffset.UtcNow);

        Assert.Equal((1, 1), (result.Published, result.Completed));
        Assert.Equal(["e1"], observer.Seen);
        Assert.Empty(outbox.Pending);
    }

    [Fact]
    public void AddJobForgePublishing_StorageQueueModeWithAnOutbox_RunsTheDispatcherWithBoundTiming()
    {
        using var provider = Build(new()
        {
            ["JobForge:Publishing:Mode"] = "StorageQueue",
            ["JobForge:Publishing:PollInterval"] = "00:00:05",
            ["JobForge:Publishing:BatchSize"] = "50",
        }, services =>
        {
            services.AddSingleton<IEventOutbox, InMemoryOutbox>();
            services.AddSingleton<IEventPublisher, RecordingPublisher>();
        });

        Assert.IsType<OutboxDispatcher>(BackgroundLoopsServiceCollectionExtensions.OutboxLoop(provider));
        var options = provider.GetRequiredService<IOptions<PublishingOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(5), options.PollInterval);
        Assert.Equal(50, options.BatchSize);
    }

    [Fact]
    public void AddJobForgePublishing_ServiceBusModeWithoutConnection_FailsNamingTheKeys()
    {
        using var provider = Build(new() { ["JobForge:Publishing:Mode"] = "ServiceBus" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PublishingOptions>>().Value);

        Assert.Contains("'JobForge:Publishing:ServiceBus:ConnectionString'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'JobForge:Publishing:ServiceBus:FullyQualifiedNamespace'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddJobForgePublishing_PublishingOnWithoutAnOutbox_FailsSayingWhatIsMissing()
    {
        using var provider = Build(new() { ["JobForge:Publishing:Mode"] = "StorageQueue" },
            services => services.AddSingleton<IEventPublisher, RecordingPublisher>());

        var error = Assert.Throws<InvalidOperationException>(() => BackgroundLoopsServiceCollectionExtensions.OutboxLoop(provider));

        Assert.Contains("no event outbox is registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddJobForgePublishing_ServiceBusWithNamespaceAndCredential_BuildsTheServiceBusPublisherForTheTopic()
    {
        using var provider = Build(new()
        {
            ["JobForge:Publishing:Mode"] = "ServiceBus",
            ["JobForge:Publishing:ServiceBus:FullyQualifiedNamespace"] = "jobforge-test.servicebus.windows.net",
            ["JobForge:Publishing:ServiceBus:TopicName"] = "events-topic",
        }, services => services.AddSingleton<Azure.Core.TokenCredential>(new StaticTokenCredential()));

        var publisher = Assert.IsType<ServiceBusEventPublisher>(provider.GetRequiredService<IEventPublisher>());

        Assert.Equal("events-topic", publisher.EntityPath);
    }

    [Fact]
    public async Task AddJobForgePublishing_ServiceBusConnectionString_PublishesThroughOneSenderFromAddAzureClients()
    {
        using var broker = AmqpTestBroker.StartNew();
        await using var provider = Build(new()
        {
            ["JobForge:Publishing:Mode"] = "ServiceBus",
            ["JobForge:Publishing:ServiceBus:ConnectionString"] = broker.ConnectionString,
            ["JobForge:Publishing:ServiceBus:TopicName"] = "events-topic",
        });

        var publisher = Assert.IsType<ServiceBusEventPublisher>(provider.GetRequiredService<IEventPublisher>());
        await publisher.PublishAsync([InMemoryOutbox.Message("evt-1")]);

        Assert.Same(provider.GetServiceBusSender(), provider.GetServiceBusSender());
        Assert.Same(
            provider.GetRequiredService<IAzureClientFactory<ServiceBusClient>>().CreateClient(ServiceBusPublishingServiceCollectionExtensions.ClientName),
            provider.GetRequiredService<IAzureClientFactory<ServiceBusClient>>().CreateClient(ServiceBusPublishingServiceCollectionExtensions.ClientName));
        var received = Assert.Single(broker.Received);
        Assert.Equal(("events-topic", "evt-1"), (received.EntityPath, received.MessageId));
    }

    [Fact]
    public void AddJobForgePublishing_ServiceBusCredentialNotManagedIdentity_FailsNamingTheKey()
    {
        using var provider = Build(new()
        {
            ["JobForge:Publishing:Mode"] = "ServiceBus",
            ["JobForge:Publishing:ServiceBus:FullyQualifiedNamespace"] = "jobforge-test.servicebus.windows.net",
            ["JobForge:Publishing:ServiceBus:Credential"] = "clientsecret",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PublishingOptions>>().Value);

        Assert.Contains("'JobForge:Publishing:ServiceBus:Credential'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("managedidentity", null, typeof(ManagedIdentityCredential))]
    [InlineData("ManagedIdentity", "00000000-0000-0000-0000-000000000001", typeof(ManagedIdentityCredential))]
    [InlineData(null, "00000000-0000-0000-0000-000000000001", typeof(DefaultAzureCredential))]
    public void ServiceBusCredential_FollowsTheFunctionsStyleSettings(string? credential, string? clientId, Type expected)
    {
        var options = new ServiceBusPublishingOptions { FullyQualifiedNamespace = "ns.servicebus.windows.net", Credential = credential, ClientId = clientId };

        Assert.IsType(expected, ServiceBusClientFactory.Credential(options, registeredCredential: null));
    }

    [Fact]
    public void ServiceBusCredential_RegisteredCredentialWinsOverTheDefaultChainButNotOverManagedIdentity()
    {
        var registered = new StaticTokenCredential();

        Assert.Same(registered, ServiceBusClientFactory.Credential(new ServiceBusPublishingOptions(), registered));
        Assert.IsType<ManagedIdentityCredential>(ServiceBusClientFactory.Credential(new ServiceBusPublishingOptions { Credential = "managedidentity" }, registered));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        configure?.Invoke(services);
        services.AddJobForgePublishing();
        return services.BuildServiceProvider();
    }

    private sealed class CountingObserver : IOutboxObserver
    {
        public List<string> Seen { get; } = [];

        public Task OnPublishedAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
        {
            Seen.AddRange(entries.Select(e => e.Message.EventId));
            return Task.CompletedTask;
        }
    }

    private sealed class StaticTokenCredential : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token", DateTimeOffset.MaxValue);

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
