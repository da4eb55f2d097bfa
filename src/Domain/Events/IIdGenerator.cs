namespace JobForge.Domain.Events;

/// <summary>
/// Supplies generated identifiers to the pure domain, which has no randomness of its own. The host implements it
/// (for example with <c>Guid.CreateVersion7</c>); tests use a deterministic sequence.
/// </summary>
/// <remarks>Generated values must satisfy <see cref="StorageSafeId"/> so they can be used as table keys.</remarks>
public interface IIdGenerator
{
    /// <summary>Returns a new, unique event id (used when the client supplies no <c>event_id</c>).</summary>
    string NewEventId();

    /// <summary>Returns a new trace id (used when neither <c>trace_id</c> nor a valid <c>traceparent</c> is supplied).</summary>
    string NewTraceId();
}
