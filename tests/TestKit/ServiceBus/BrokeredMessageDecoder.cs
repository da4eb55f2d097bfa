using System.Text;
using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;

namespace JobForge.TestKit.ServiceBus;

/// <summary>
/// Reads what an entity link received: a batch (message format 0x80013700) is one AMQP message whose Data sections are
/// each a complete encoded message; anything else is a single message.
/// </summary>
internal static class BrokeredMessageDecoder
{
    public const uint BatchFormat = 0x80013700;

    public static IReadOnlyList<BrokeredMessage> Decode(string entity, AmqpMessage message)
    {
        if (message.MessageFormat != BatchFormat)
        {
            return [Read(entity, message, batched: false)];
        }

        var messages = new List<BrokeredMessage>();
        foreach (var section in message.DataBody ?? [])
        {
            using var inner = AmqpMessage.CreateAmqpStreamMessage(new BufferListStream([Bytes(section)]), true);
            inner.Deserialize(SectionFlag.All);
            messages.Add(Read(entity, inner, batched: true));
        }

        return messages;
    }

    private static BrokeredMessage Read(string entity, AmqpMessage message, bool batched)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (message.ApplicationProperties?.Map is { } map)
        {
            foreach (var property in map)
            {
                properties[property.Key.Key.ToString()!] = property.Value;
            }
        }

        var body = new List<byte>();
        foreach (var section in message.DataBody ?? [])
        {
            body.AddRange(Bytes(section));
        }

        return new BrokeredMessage(
            entity,
            message.Properties?.MessageId?.ToString(),
            message.Properties?.Subject,
            message.Properties?.ContentType.Value,
            properties,
            Encoding.UTF8.GetString([.. body]),
            batched);
    }

    private static ArraySegment<byte> Bytes(Data section) => section.Value switch
    {
        ArraySegment<byte> segment => segment,
        byte[] bytes => new ArraySegment<byte>(bytes),
        _ => throw new InvalidDataException("A Data section does not hold binary."),
    };
}
