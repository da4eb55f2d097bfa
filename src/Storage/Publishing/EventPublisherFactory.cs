using Azure.Messaging.ServiceBus;
using JobForge.Domain.Events;
using JobForge.Storage.Configuration;

namespace JobForge.Storage.Publishing;

/// <summary>Builds the <see cref="IEventPublisher"/> that <see cref="PublishingOptions.Mode"/> selects.</summary>
public static class EventPublisherFactory
{
    /// <summary>
    /// The publisher for <paramref name="options"/>: Service Bus through <paramref name="serviceBusSender"/> (the sender
    /// registered once by <see cref="ServiceBusPublishingServiceCollectionExtensions.AddJobForgeServiceBusSender"/>); a
    /// storage queue on <paramref name="storage"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The mode is <see cref="PublishingMode.None"/>, or its settings are missing.</exception>
    public static IEventPublisher Create(
        PublishingOptions options, Func<StorageClients> storage, Func<ServiceBusSender> serviceBusSender)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(serviceBusSender);
        return options.Mode switch
        {
            PublishingMode.ServiceBus => new ServiceBusEventPublisher(serviceBusSender()),
            PublishingMode.StorageQueue => new StorageQueueEventPublisher(
                storage().Queues.GetQueueClient(options.StorageQueue.QueueName),
                storage().Blobs.GetBlobContainerClient(options.StorageQueue.OverflowContainerName)),
            _ => throw new InvalidOperationException(
                $"Publishing is off: set '{PublishingOptions.SectionName}:Mode' to StorageQueue or ServiceBus to publish events."),
        };
    }
}
