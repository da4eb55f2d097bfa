namespace JobForge.Domain.Events;

/// <summary>What <c>POST /api/v1/events</c> returns for an accepted event.</summary>
/// <param name="EventId">The stored event's id (the client's idempotency key, or the generated id).</param>
/// <param name="TraceId">The trace id, always returned so the client can correlate logs.</param>
/// <param name="ReceivedAt">When the original event was received; for a duplicate, the first receipt's time.</param>
/// <param name="Duplicate"><see langword="true"/> when a client-supplied event id had already been accepted.</param>
public sealed record EventReceipt(string EventId, string TraceId, DateTimeOffset ReceivedAt, bool Duplicate)
{
    /// <summary>The receipt for a newly accepted <paramref name="envelope"/>.</summary>
    public static EventReceipt Accepted(EventEnvelope envelope, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return new EventReceipt(envelope.EventId, envelope.TraceId, receivedAt, Duplicate: false);
    }
}
