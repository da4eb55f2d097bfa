using Azure;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Queues;

public sealed partial class QueueClient
{
    /// <summary>
    /// Hides message <paramref name="messageId"/> for <paramref name="visibilityTimeout"/> from now (0 s to 7 days) and,
    /// when <paramref name="newText"/> is given, replaces its text (Update Message). Used to extend the lease on a
    /// message being worked on. The returned pop receipt replaces <paramref name="popReceipt"/>, which stops working.
    /// </summary>
    /// <exception cref="ArgumentException">The new text is too large or not XML-safe.</exception>
    /// <exception cref="RequestFailedException">
    /// 404 <see cref="QueueErrorCode.MessageNotFound"/> (or 400 <see cref="QueueErrorCode.PopReceiptMismatch"/>) for a stale pop receipt or a gone message.
    /// </exception>
    public async Task<UpdateReceipt> UpdateMessageAsync(
        string messageId, string popReceipt, TimeSpan visibilityTimeout, string? newText = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        ThrowIfNotWholeSeconds(visibilityTimeout, TimeSpan.Zero, MaxVisibilityTimeout, nameof(visibilityTimeout), "A visibility timeout is 0 s to 7 days in whole seconds.");
        var body = newText is null ? [] : QueueMessageXml.CreateBody(newText, nameof(newText));

        using var message = _pipeline.CreateMessage(RequestMethod.Put, MessagesUri(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt);
        message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibilityTimeout));
        if (newText is not null)
        {
            message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        }

        message.Request.Content = RequestContent.Create(body);
        var response = await _pipeline.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
        return new UpdateReceipt(
            response.Headers.TryGetValue("x-ms-popreceipt", out var receipt) ? receipt : string.Empty,
            StorageResponseHeaders.GetDate(response, "x-ms-time-next-visible") ?? default);
    }

    /// <summary>Deletes message <paramref name="messageId"/>, proving the caller holds it with its current <paramref name="popReceipt"/>.</summary>
    /// <exception cref="RequestFailedException">
    /// 404 <see cref="QueueErrorCode.MessageNotFound"/> (or 400 <see cref="QueueErrorCode.PopReceiptMismatch"/>) when the
    /// receipt is stale — the message was received again or updated since — or the message is gone.
    /// </exception>
    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, MessagesUri(messageId));
        message.Request.Uri.AppendQuery("popreceipt", popReceipt);
        await _pipeline.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
    }
}
