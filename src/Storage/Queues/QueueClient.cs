using System.Globalization;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Queues;

/// <summary>
/// One storage queue: create and delete it, and send, receive, peek, update and delete its messages (at-least-once:
/// a received message that is not deleted before its visibility timeout is received again). Obtained from
/// <see cref="QueueServiceClient.GetQueueClient"/>. Thread-safe. Every failure other than the documented "if exists"
/// outcomes is an <see cref="Azure.RequestFailedException"/> with <c>Status</c> and <c>ErrorCode</c>
/// (compare with <see cref="QueueErrorCode"/>).
/// </summary>
public sealed partial class QueueClient
{
    /// <summary>The longest visibility timeout or delay the service accepts: 7 days.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>The most messages one receive or peek returns.</summary>
    public const int MaxMessagesPerCall = 32;

    /// <summary>The largest message text, counted as XML-escaped UTF-8 bytes: 64 KiB.</summary>
    public const int MaxMessageBytes = QueueMessageXml.MaxMessageBytes;

    private readonly StoragePipeline _pipeline;

    internal QueueClient(StoragePipeline pipeline, Uri uri, string name)
    {
        _pipeline = pipeline;
        Uri = uri;
        Name = name;
    }

    /// <summary>The queue name.</summary>
    public string Name { get; }

    /// <summary>The queue URI.</summary>
    public Uri Uri { get; }

    /// <summary>Creates the queue; true when created (201), false when it already existed (204).</summary>
    /// <exception cref="Azure.RequestFailedException">For example 409 <see cref="QueueErrorCode.QueueBeingDeleted"/>.</exception>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Put, Uri);
        message.Request.Content = RequestContent.Create(BinaryData.Empty);
        var response = await _pipeline.SendAsync(message, cancellationToken, 201, 204).ConfigureAwait(false);
        return response.Status == 201;
    }

    /// <summary>Deletes the queue and its messages; true when deleted, false when it did not exist.</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, Uri);
        var response = await _pipeline.SendAsync(message, cancellationToken, 204, 404).ConfigureAwait(false);
        return response.Status == 204;
    }

    /// <summary>
    /// The approximate number of messages in the queue, visible or not (Get Queue Metadata,
    /// <c>x-ms-approximate-messages-count</c>); the service may lag behind recent sends and deletes.
    /// </summary>
    /// <exception cref="Azure.RequestFailedException">For example 404 <see cref="QueueErrorCode.QueueNotFound"/>.</exception>
    public async Task<long> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Get, Uri);
        message.Request.Uri.AppendQuery("comp", "metadata");
        var response = await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
        return StorageResponseHeaders.GetInt64(response, "x-ms-approximate-messages-count") ?? 0;
    }

    /// <summary>Deletes every message in the queue (Clear Messages).</summary>
    public async Task ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, MessagesUri(null));
        await _pipeline.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
    }

    private Uri MessagesUri(string? messageId) => StorageResourceNames.Append(
        Uri, messageId is null ? "messages" : "messages/" + Uri.EscapeDataString(messageId));

    private static string Seconds(TimeSpan value) =>
        ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static void ThrowIfNotWholeSeconds(TimeSpan value, TimeSpan min, TimeSpan max, string parameterName, string rule)
    {
        if (value < min || value > max || value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, rule);
        }
    }

    private static void ThrowIfBadCount(int maxMessages, string parameterName)
    {
        if (maxMessages is < 1 or > MaxMessagesPerCall)
        {
            throw new ArgumentOutOfRangeException(parameterName, maxMessages, $"A receive or peek takes 1 to {MaxMessagesPerCall} messages.");
        }
    }
}
