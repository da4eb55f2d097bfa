using Azure.Core;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Publishing;

/// <summary>Registers the Service Bus client and sender for publishing through <c>Microsoft.Extensions.Azure</c>.</summary>
public static class ServiceBusPublishingServiceCollectionExtensions
{
    /// <summary>The name of the publishing <see cref="ServiceBusClient"/> and <see cref="ServiceBusSender"/> in <see cref="IAzureClientFactory{TClient}"/>.</summary>
    public const string ClientName = "jobforge-publishing";

    /// <summary>
    /// Registers (with <c>AddAzureClients</c>) a <see cref="ServiceBusClient"/> and a <see cref="ServiceBusSender"/> for
    /// <see cref="ServiceBusPublishingOptions.TopicName"/>, both named <see cref="ClientName"/>, created once on first use
    /// from the validated <see cref="PublishingOptions"/> (<see cref="ServiceBusClientFactory"/>) and disposed with the provider.
    /// </summary>
    public static IServiceCollection AddJobForgeServiceBusSender(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAzureClients(clients =>
        {
            clients.AddClient<ServiceBusClient, ServiceBusClientOptions>((clientOptions, provider) => ServiceBusClientFactory.Create(
                    Options(provider), clientOptions, provider.GetService<TokenCredential>()))
                .WithName(ClientName);
            clients.AddClient<ServiceBusSender, ServiceBusClientOptions>((_, provider) => provider
                    .GetRequiredService<IAzureClientFactory<ServiceBusClient>>()
                    .CreateClient(ClientName)
                    .CreateSender(Options(provider).TopicName))
                .WithName(ClientName);
        });
        return services;
    }

    /// <summary>The publishing sender registered by <see cref="AddJobForgeServiceBusSender"/>.</summary>
    public static ServiceBusSender GetServiceBusSender(this IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.GetRequiredService<IAzureClientFactory<ServiceBusSender>>().CreateClient(ClientName);
    }

    private static ServiceBusPublishingOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<PublishingOptions>>().Value.ServiceBus;
}
