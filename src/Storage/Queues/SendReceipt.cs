namespace JobForge.Storage.Queues;

/// <summary>What Put Message returns for a message it enqueued.</summary>
/// <param name="MessageId">The message's id.</param>
/// <param name="PopReceipt">A pop receipt valid until the message is received or updated (it can delete or update the still-invisible message).</param>
/// <param name="InsertedOn">When the message was enqueued.</param>
/// <param name="ExpiresOn">When the message expires; 9999-12-31 for a message that never does.</param>
/// <param name="NextVisibleOn">When the message becomes visible to receivers (later than now when sent with a delay).</param>
public sealed record SendReceipt(
    string MessageId, string PopReceipt, DateTimeOffset InsertedOn, DateTimeOffset ExpiresOn, DateTimeOffset NextVisibleOn);
