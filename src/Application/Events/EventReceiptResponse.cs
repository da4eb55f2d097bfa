namespace JobForge.Application.Events;

/// <summary>The answer to an accepted (202) or duplicate (200) event.</summary>
/// <param name="EventId">The event id (the client's, or generated).</param>
/// <param name="TraceId">The trace id (the client's, from <c>traceparent</c>, or generated).</param>
/// <param name="ReceivedAt">When the original was accepted.</param>
/// <param name="Duplicate">Whether this was a resubmission of an event already stored.</param>
public sealed record EventReceiptResponse(string EventId, string TraceId, DateTimeOffset ReceivedAt, bool Duplicate);
