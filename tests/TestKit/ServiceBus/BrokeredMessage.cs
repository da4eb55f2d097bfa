namespace JobForge.TestKit.ServiceBus;

/// <summary>One message as the <see cref="AmqpTestBroker"/> received it.</summary>
/// <param name="EntityPath">The entity (topic or queue) the sender's link targeted.</param>
/// <param name="MessageId">The AMQP message-id.</param>
/// <param name="Subject">The AMQP subject (Service Bus <c>Subject</c>).</param>
/// <param name="ContentType">The AMQP content-type.</param>
/// <param name="ApplicationProperties">The application properties by name.</param>
/// <param name="Body">The data body as UTF-8 text.</param>
/// <param name="Batched">Whether it arrived inside a batch (message format 0x80013700).</param>
public sealed record BrokeredMessage(
    string EntityPath,
    string? MessageId,
    string? Subject,
    string? ContentType,
    IReadOnlyDictionary<string, object?> ApplicationProperties,
    string Body,
    bool Batched);
