namespace JobForge.Storage.Queues;

/// <summary>A received message, invisible to other receivers until <see cref="NextVisibleOn"/>.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="PopReceipt">The receipt that deletes or updates this message; a later receive or update replaces it.</param>
/// <param name="DequeueCount">How many times the message has been received, including this time.</param>
/// <param name="MessageText">The message text, exactly as sent.</param>
/// <param name="InsertedOn">When the message was enqueued.</param>
/// <param name="ExpiresOn">When the message expires.</param>
/// <param name="NextVisibleOn">When the message becomes visible again unless deleted or updated first.</param>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    long DequeueCount,
    string MessageText,
    DateTimeOffset InsertedOn,
    DateTimeOffset ExpiresOn,
    DateTimeOffset NextVisibleOn);
