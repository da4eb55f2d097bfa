using Azure;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Queues;

public sealed partial class QueueClient
{
    /// <summary>
    /// Enqueues <paramref name="messageText"/> (Put Message). The text is sent as-is, XML-escaped; it must be at most
    /// 64 KiB of escaped UTF-8 and free of characters XML cannot carry.
    /// </summary>
    /// <param name="messageText">The message text.</param>
    /// <param name="visibilityTimeout">A delay before receivers can see it: 0 s to 7 days, whole seconds, less than the time to live. Visible at once when null.</param>
    /// <param name="timeToLive">How long the message lives: at least 1 s, or <see cref="Timeout.InfiniteTimeSpan"/> for never. 7 days when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">The text is too large or not XML-safe.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is out of range or not whole seconds.</exception>
    public async Task<SendReceipt> SendMessageAsync(
        string messageText, TimeSpan? visibilityTimeout = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var body = QueueMessageXml.CreateBody(messageText, nameof(messageText));
        if (timeToLive is { } ttl && ttl != Timeout.InfiniteTimeSpan)
        {
            ThrowIfNotWholeSeconds(ttl, TimeSpan.FromSeconds(1), TimeSpan.MaxValue, nameof(timeToLive), "A time to live is at least 1 whole second, or Timeout.InfiniteTimeSpan.");
        }

        if (visibilityTimeout is { } delay)
        {
            ThrowIfNotWholeSeconds(delay, TimeSpan.Zero, MaxVisibilityTimeout, nameof(visibilityTimeout), "A send delay is 0 s to 7 days in whole seconds.");
            if (timeToLive is { } limit && limit != Timeout.InfiniteTimeSpan && delay >= limit)
            {
                throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), delay, "A send delay must be shorter than the time to live.");
            }
        }

        using var message = _pipeline.CreateMessage(RequestMethod.Post, MessagesUri(null));
        if (visibilityTimeout is { } visibility)
        {
            message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibility));
        }

        if (timeToLive is { } messageTtl)
        {
            message.Request.Uri.AppendQuery("messagettl", messageTtl == Timeout.InfiniteTimeSpan ? "-1" : Seconds(messageTtl));
        }

        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        message.Request.Content = RequestContent.Create(body);
        var response = await _pipeline.SendAsync(message, cancellationToken, 201).ConfigureAwait(false);
        var sent = QueueMessageXml.ReadMessages(response, "Put Message").FirstOrDefault()
            ?? throw new RequestFailedException(response.Status, "The Put Message response lists no message.", null, null);
        return new SendReceipt(
            QueueMessageXml.Text(sent, "MessageId"),
            QueueMessageXml.Text(sent, "PopReceipt"),
            QueueMessageXml.Date(sent, "InsertionTime"),
            QueueMessageXml.Date(sent, "ExpirationTime"),
            QueueMessageXml.Date(sent, "TimeNextVisible"));
    }

    /// <summary>
    /// Receives up to <paramref name="maxMessages"/> visible messages (Get Messages), hiding each for
    /// <paramref name="visibilityTimeout"/> (1 s to 7 days; 30 s when null). Empty when none is visible.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessages"/> is not 1–32, or the timeout is out of range.</exception>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(
        int maxMessages = 1, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        ThrowIfBadCount(maxMessages, nameof(maxMessages));
        using var message = _pipeline.CreateMessage(RequestMethod.Get, MessagesUri(null));
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (visibilityTimeout is { } timeout)
        {
            ThrowIfNotWholeSeconds(timeout, TimeSpan.FromSeconds(1), MaxVisibilityTimeout, nameof(visibilityTimeout), "A visibility timeout is 1 s to 7 days in whole seconds.");
            message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(timeout));
        }

        var response = await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
        return QueueMessageXml.ReadMessages(response, "Get Messages")
            .Select(m => new QueueMessage(
                QueueMessageXml.Text(m, "MessageId"),
                QueueMessageXml.Text(m, "PopReceipt"),
                QueueMessageXml.Count(m),
                QueueMessageXml.Text(m, "MessageText"),
                QueueMessageXml.Date(m, "InsertionTime"),
                QueueMessageXml.Date(m, "ExpirationTime"),
                QueueMessageXml.Date(m, "TimeNextVisible")))
            .ToList();
    }

    /// <summary>
    /// Up to <paramref name="maxMessages"/> visible messages without receiving them (Peek Messages): visibility and
    /// dequeue count stay as they are, and there is no pop receipt.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessages"/> is not 1–32.</exception>
    public async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        ThrowIfBadCount(maxMessages, nameof(maxMessages));
        using var message = _pipeline.CreateMessage(RequestMethod.Get, MessagesUri(null));
        message.Request.Uri.AppendQuery("peekonly", "true");
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
        return QueueMessageXml.ReadMessages(response, "Peek Messages")
            .Select(m => new PeekedMessage(
                QueueMessageXml.Text(m, "MessageId"),
                QueueMessageXml.Count(m),
                QueueMessageXml.Text(m, "MessageText"),
                QueueMessageXml.Date(m, "InsertionTime"),
                QueueMessageXml.Date(m, "ExpirationTime")))
            .ToList();
    }
}
