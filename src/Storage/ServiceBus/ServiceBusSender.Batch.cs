namespace JobForge.Storage.ServiceBus;

/// <content>Batch sends: https://learn.microsoft.com/rest/api/servicebus/send-message-batch.</content>
public sealed partial class ServiceBusSender
{
    /// <summary>
    /// Sends <paramref name="messages"/> in order as JSON batches
    /// (<c>[{"Body": "…", "BrokerProperties": {"MessageId": …}, "UserProperties": {…}}]</c>,
    /// Content-Type <c>application/vnd.microsoft.servicebus.json</c>). A list larger than
    /// <see cref="ServiceBusClientOptions.MaxBatchSizeInBytes"/> or <see cref="ServiceBusClientOptions.MaxMessagesPerBatch"/>
    /// is split into several requests, sent one after another; an empty list sends nothing.
    /// </summary>
    /// <remarks>
    /// Splitting makes the call non-atomic: when request k fails, requests before it were accepted. Resend the whole
    /// list — every message keeps its MessageId, so duplicate detection drops the ones already enqueued. Batch messages
    /// carry no per-message content type: the documented batch broker properties have none.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// A message cannot fit in one batch request on its own, or its body is not UTF-8 text; nothing is sent.
    /// </exception>
    /// <exception cref="Azure.RequestFailedException">The broker answered other than 201 to one of the requests.</exception>
    public async Task SendBatchAsync(IReadOnlyList<ServiceBusOutboundMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var chunk in ServiceBusBatchPlan.Split(messages, _maxBatchSize, _maxBatchCount))
        {
            using var http = CreateMessage(ServiceBusWireFormat.BatchContentType, ServiceBusWireFormat.BatchBody(chunk));
            await SendAsync(http, cancellationToken).ConfigureAwait(false);
        }
    }
}
