using JobForge.Domain.Events;
using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Publishing;

/// <summary>
/// Publishes outbox messages to a Service Bus topic in batches: message id = event id (so the broker's duplicate
/// detection drops a re-publish), application properties <c>tenant_id</c>, <c>event_type</c>, <c>source_app</c> and
/// <c>trace_id</c>, body = <see cref="OutboxMessage.BodyJson"/> (<c>application/json</c>).
/// </summary>
/// <remarks>
/// A message larger than the tier's limit (256 KiB on Standard) makes <see cref="PublishAsync"/> throw
/// <see cref="ArgumentException"/> before anything is sent; the dispatcher then isolates it and leaves it pending.
/// </remarks>
public sealed class ServiceBusEventPublisher : IEventPublisher
{
    private readonly ServiceBusSender _sender;

    /// <summary>Publishes through <paramref name="sender"/> (one per topic).</summary>
    public ServiceBusEventPublisher(ServiceBusSender sender) =>
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));

    /// <summary>The topic (or queue) messages go to.</summary>
    public string EntityPath => _sender.EntityPath;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A message cannot be sent (too large, or an id Service Bus rejects); nothing was sent.</exception>
    /// <exception cref="Azure.RequestFailedException">The broker refused a request; earlier batch requests may have been accepted.</exception>
    public Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Count == 0
            ? Task.CompletedTask
            : _sender.SendBatchAsync([.. messages.Select(ToServiceBus)], cancellationToken);
    }

    /// <summary>The Service Bus message for <paramref name="message"/>.</summary>
    public static ServiceBusOutboundMessage ToServiceBus(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ServiceBusOutboundMessage(message.EventId, message.BodyJson)
        {
            ContentType = ServiceBusOutboundMessage.JsonContentType,
            ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue>(StringComparer.Ordinal)
            {
                [EventPublishingProperties.TenantId] = message.TenantId,
                [EventPublishingProperties.EventType] = message.EventType,
                [EventPublishingProperties.SourceApp] = message.SourceApp,
                [EventPublishingProperties.TraceId] = message.TraceId,
            },
        };
    }
}
