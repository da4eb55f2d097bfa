namespace JobForge.Storage.Queues;

/// <summary>A message seen by Peek Messages: its visibility and dequeue count are unchanged and it has no pop receipt.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="DequeueCount">How many times the message has been received so far.</param>
/// <param name="MessageText">The message text, exactly as sent.</param>
/// <param name="InsertedOn">When the message was enqueued.</param>
/// <param name="ExpiresOn">When the message expires.</param>
public sealed record PeekedMessage(
    string MessageId, long DequeueCount, string MessageText, DateTimeOffset InsertedOn, DateTimeOffset ExpiresOn);
