using Azure.Messaging.ServiceBus;
using JobForge.Domain.Events;

namespace JobForge.Storage.Publishing;

/// <summary>
/// Publishes outbox messages to a Service Bus topic through <see cref="ServiceBusSender"/> in
/// <see cref="ServiceBusMessageBatch"/>es: message id = event id (so the broker's duplicate detection drops a
/// re-publish), subject = event type, application properties <c>tenant_id</c>, <c>event_type</c>, <c>source_app</c> and
/// <c>trace_id</c>, body = <see cref="OutboxMessage.BodyJson"/> (<c>application/json</c>).
/// </summary>
/// <remarks>
/// Every batch is filled before the first is sent, so a message larger than the entity accepts (256 KiB on Standard)
/// makes <see cref="PublishAsync"/> throw <see cref="ArgumentException"/> with nothing sent; the dispatcher then isolates
/// it and leaves it pending. Messages that do not fit one batch go in the next, in order.
/// </remarks>
public sealed class ServiceBusEventPublisher : IEventPublisher
{
    /// <summary>The content type of every body.</summary>
    public const string JsonContentType = "application/json";

    private readonly ServiceBusSender _sender;

    /// <summary>Publishes through <paramref name="sender"/> (one per topic, created once).</summary>
    public ServiceBusEventPublisher(ServiceBusSender sender) =>
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));

    /// <summary>The topic (or queue) messages go to.</summary>
    public string EntityPath => _sender.EntityPath;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A message cannot be sent (too large, or an id Service Bus rejects); nothing was sent.</exception>
    /// <exception cref="ServiceBusException">The broker is unreachable or refused a batch; earlier batches may have been accepted.</exception>
    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        var batches = new List<ServiceBusMessageBatch>();
        try
        {
            await FillAsync(messages, batches, cancellationToken).ConfigureAwait(false);
            foreach (var batch in batches)
            {
                await _sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            batches.ForEach(b => b.Dispose());
        }
    }

    /// <summary>The Service Bus message for <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The event id is not a valid message id (longer than 128 characters).</exception>
    public static ServiceBusMessage ToServiceBus(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = new ServiceBusMessage(BinaryData.FromString(message.BodyJson))
        {
            MessageId = message.EventId,
            Subject = message.EventType,
            ContentType = JsonContentType,
        };
        result.ApplicationProperties[EventPublishingProperties.TenantId] = message.TenantId;
        result.ApplicationProperties[EventPublishingProperties.EventType] = message.EventType;
        result.ApplicationProperties[EventPublishingProperties.SourceApp] = message.SourceApp;
        result.ApplicationProperties[EventPublishingProperties.TraceId] = message.TraceId;
        return result;
    }

    private async Task FillAsync(IReadOnlyList<OutboxMessage> messages, List<ServiceBusMessageBatch> batches, CancellationToken cancellationToken)
    {
        var current = await NewBatchAsync(batches, cancellationToken).ConfigureAwait(false);
        foreach (var message in messages)
        {
            var converted = ToServiceBus(message);
            if (current.TryAddMessage(converted))
            {
                continue;
            }

            if (current.Count > 0)
            {
                current = await NewBatchAsync(batches, cancellationToken).ConfigureAwait(false);
                if (current.TryAddMessage(converted))
                {
                    continue;
                }
            }

            throw new ArgumentException(
                $"Event '{message.EventId}' is larger than the largest message '{_sender.EntityPath}' accepts ({current.MaxSizeInBytes} bytes).",
                nameof(messages));
        }
    }

    private async Task<ServiceBusMessageBatch> NewBatchAsync(List<ServiceBusMessageBatch> batches, CancellationToken cancellationToken)
    {
        var batch = await _sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
        batches.Add(batch);
        return batch;
    }
}
