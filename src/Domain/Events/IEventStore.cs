namespace JobForge.Domain.Events;

/// <summary>
/// Durable event storage. Appending writes the event, its dedupe record (for client-supplied ids) and its outbox entry in
/// one atomic write; implementations group-commit concurrent appends.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Stores <paramref name="append"/> durably before returning, or — when the tenant already has an event with the same
    /// event type and client-supplied event id — stores nothing and returns the original's receipt with
    /// <see cref="EventReceipt.Duplicate"/> set. Holds across restarts and servers for as long as the original is retained.
    /// </summary>
    Task<EventAppendResult> AppendAsync(EventAppend append, CancellationToken cancellationToken = default);

    /// <summary>A page of <paramref name="tenantId"/>'s events, newest first; each event appears once across pages.</summary>
    Task<EventPage> ListAsync(string tenantId, EventListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="maxEvents"/> events whose retention ended before <paramref name="now"/>, with their indexes.</summary>
    /// <returns>How many events were deleted.</returns>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, int maxEvents, CancellationToken cancellationToken = default);
}
