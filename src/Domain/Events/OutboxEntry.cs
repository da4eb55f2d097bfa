namespace JobForge.Domain.Events;

/// <summary>A pending outbox entry: a message not yet confirmed as published.</summary>
/// <param name="EntryId">The store's opaque id of the entry (for <see cref="IEventOutbox.CompleteAsync"/>).</param>
/// <param name="Message">The message to publish.</param>
/// <param name="ReceivedAt">When the event was accepted.</param>
public sealed record OutboxEntry(string EntryId, OutboxMessage Message, DateTimeOffset ReceivedAt);
