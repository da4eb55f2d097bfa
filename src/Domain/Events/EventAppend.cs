namespace JobForge.Domain.Events;

/// <summary>One event to store, with the message its outbox entry will publish; written together, atomically.</summary>
/// <param name="Event">The event.</param>
/// <param name="Message">The outbox message.</param>
public sealed record EventAppend(StoredEvent Event, OutboxMessage Message);
