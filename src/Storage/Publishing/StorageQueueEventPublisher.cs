using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using JobForge.Domain.Events;
using JobForge.Storage.Blobs;

namespace JobForge.Storage.Publishing;

/// <summary>
/// Publishes outbox messages to a storage queue for local runs (Azurite): one queue message per event, the
/// <see cref="StorageQueueEventMessage"/> wrapper. Bodies too large for a queue message go to a blob first and the
/// message carries <c>body_blob</c> (the overflow blob is named by the message, so a re-publish overwrites it with the same
/// body). Storage queues have no duplicate detection, and a send the SDK retried after a lost answer can arrive twice:
/// consumers deduplicate on <c>message_id</c>.
/// </summary>
public sealed class StorageQueueEventPublisher : IEventPublisher
{
    private const int Parallelism = 8;
    private readonly QueueClient _queue;
    private readonly BlobContainerClient _overflow;
    private volatile bool _queueReady;
    private volatile bool _containerReady;

    /// <summary>Publishes to <paramref name="queue"/>, overflowing large bodies into <paramref name="overflow"/>; both are created on first use.</summary>
    public StorageQueueEventPublisher(QueueClient queue, BlobContainerClient overflow)
    {
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _overflow = overflow ?? throw new ArgumentNullException(nameof(overflow));
    }

    /// <summary>The queue's name.</summary>
    public string QueueName => _queue.Name;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A body is not JSON; nothing of that message was sent.</exception>
    /// <exception cref="Azure.RequestFailedException">Storage refused a request; some messages may have been sent.</exception>
    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        var texts = messages.Select(m => (Message: m, Text: StorageQueueEventMessage.Inline(m))).ToList(); // Reject bad bodies before sending any.
        if (!_queueReady)
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _queueReady = true;
        }

        await Parallel.ForEachAsync(
            texts,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (item, ct) => await _queue.SendMessageAsync(await TextToSendAsync(item.Message, item.Text, ct).ConfigureAwait(false), cancellationToken: ct).ConfigureAwait(false))
            .ConfigureAwait(false);
    }

    private async Task<string> TextToSendAsync(OutboxMessage message, string inline, CancellationToken cancellationToken)
    {
        if (StorageQueueEventMessage.FitsInline(inline))
        {
            return inline;
        }

        if (!_containerReady)
        {
            await _overflow.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _containerReady = true;
        }

        var name = StorageQueueEventMessage.BlobName(message);
        await _overflow.UploadBlobAsync(name, BinaryData.FromString(message.BodyJson), "application/json", createOnly: false, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return StorageQueueEventMessage.Overflow(message, _overflow.Name, name);
    }
}
