using JobForge.Domain.Events;
using JobForge.Server.Publishing;
using JobForge.Storage.Publishing;
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

        var hosted = Assert.Single(provider.GetServices<IHostedService>());
        Assert.IsNotType<OutboxDispatcher>(hosted);
        Assert.Equal(PublishingMode.None, provider.GetRequiredService<IOptions<PublishingOptions>>().Value.Mode);
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

        Assert.IsType<OutboxDispatcher>(Assert.Single(provider.GetServices<IHostedService>()));
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

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetServices<IHostedService>().ToList());

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

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        configure?.Invoke(services);
        services.AddJobForgePublishing();
        return services.BuildServiceProvider();
    }

    private sealed class StaticTokenCredential : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token", DateTimeOffset.MaxValue);

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
