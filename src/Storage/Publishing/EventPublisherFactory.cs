using Azure.Core;
using Azure.Identity;
using JobForge.Domain.Events;
using JobForge.Storage.Configuration;
using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Publishing;

/// <summary>Builds the <see cref="IEventPublisher"/> that <see cref="PublishingOptions.Mode"/> selects.</summary>
public static class EventPublisherFactory
{
    /// <summary>
    /// The publisher for <paramref name="options"/>: Service Bus from the connection string (wins) or the namespace with
    /// <paramref name="tokenCredential"/> (else <see cref="DefaultAzureCredential"/>); a storage queue on <paramref name="storage"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The mode is <see cref="PublishingMode.None"/>, or its settings are missing.</exception>
    public static IEventPublisher Create(
        PublishingOptions options, Func<StorageClients> storage, TokenCredential? tokenCredential, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        return options.Mode switch
        {
            PublishingMode.ServiceBus => new ServiceBusEventPublisher(CreateSender(options.ServiceBus, tokenCredential, time)),
            PublishingMode.StorageQueue => new StorageQueueEventPublisher(
                storage().Queues.GetQueueClient(options.StorageQueue.QueueName),
                storage().Blobs.GetBlobContainerClient(options.StorageQueue.OverflowContainerName)),
            _ => throw new InvalidOperationException(
                $"Publishing is off: set '{PublishingOptions.SectionName}:Mode' to StorageQueue or ServiceBus to publish events."),
        };
    }

    private static ServiceBusSender CreateSender(ServiceBusPublishingOptions options, TokenCredential? tokenCredential, TimeProvider time)
    {
        var clientOptions = new ServiceBusClientOptions { TimeProvider = time };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new ServiceBusSender(ServiceBusConnectionString.Parse(options.ConnectionString), options.TopicName, clientOptions);
        }

        var endpoint = PublishingOptionsValidator.NamespaceEndpoint(options.FullyQualifiedNamespace)
            ?? throw new InvalidOperationException(
                $"Set '{PublishingOptions.SectionName}:ServiceBus:ConnectionString' or '{PublishingOptions.SectionName}:ServiceBus:FullyQualifiedNamespace'.");
        var credential = tokenCredential ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new ServiceBusSender(endpoint, options.TopicName, credential, clientOptions);
    }
}
