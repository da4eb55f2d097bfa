namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Splits messages, in order, into batch request bodies of at most <c>maxBytes</c> (the serialized JSON array, which
/// is never smaller than what the broker counts) and <c>maxCount</c> messages. Every message is serialized and checked
/// before anything is sent, so a message that cannot fit fails the call without a partial send.
/// </summary>
internal static class ServiceBusBatchPlan
{
    public static List<List<byte[]>> Split(IReadOnlyList<ServiceBusOutboundMessage> messages, int maxBytes, int maxCount)
    {
        var chunks = new List<List<byte[]>>();
        var current = new List<byte[]>();
        var currentBytes = 0;
        foreach (var message in messages)
        {
            ArgumentNullException.ThrowIfNull(message, nameof(messages));
            var element = ServiceBusWireFormat.BatchElement(message);
            if (ServiceBusWireFormat.BatchLength(element.Length, 1) > maxBytes)
            {
                throw new ArgumentException(
                    $"Message '{message.MessageId}' serializes to {element.Length} bytes, more than a batch request may hold ({maxBytes} bytes, ServiceBusClientOptions.MaxBatchSizeInBytes); nothing was sent.",
                    nameof(messages));
            }

            if (current.Count == maxCount
                || ServiceBusWireFormat.BatchLength(currentBytes + element.Length, current.Count + 1) > maxBytes)
            {
                chunks.Add(current);
                current = [];
                currentBytes = 0;
            }

            current.Add(element);
            currentBytes += element.Length;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }
}
