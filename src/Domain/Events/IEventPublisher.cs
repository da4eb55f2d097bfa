namespace JobForge.Domain.Events;

/// <summary>Publishes outbox messages to a broker (Service Bus topic, or a storage queue for local runs).</summary>
public interface IEventPublisher
{
    /// <summary>Publishes every message or throws; a retry may publish some twice (the message id lets brokers drop repeats).</summary>
    Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);
}
