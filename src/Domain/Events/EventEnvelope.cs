using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>
/// The canonical, validated event envelope. Instances come from <see cref="EventEnvelopeParser.Parse"/>, which
/// applies the defaults and guarantees every rule documented on the members.
/// </summary>
/// <remarks>
/// <see cref="Payload"/> is a detached clone, safe to keep after the request's document is disposed. Record equality
/// compares it by identity, not by content.
/// </remarks>
public sealed record EventEnvelope
{
    /// <summary>The only supported <c>event_version</c>, and its default.</summary>
    public const string CurrentEventVersion = "1.0";

    /// <summary>The default <c>schema_version</c>.</summary>
    public const string DefaultSchemaVersion = "1.0.0";

    /// <summary>The event id: the client's idempotency key, or a generated id (see <see cref="IsClientSuppliedEventId"/>).</summary>
    public required string EventId { get; init; }

    /// <summary>
    /// <see langword="true"/> when <see cref="EventId"/> came from the body's <c>event_id</c> or the
    /// <c>Idempotency-Key</c> header and so identifies retries; a generated id never makes a duplicate.
    /// </summary>
    public required bool IsClientSuppliedEventId { get; init; }

    /// <summary>The envelope version; always <see cref="CurrentEventVersion"/>.</summary>
    public string EventVersion { get; init; } = CurrentEventVersion;

    /// <summary>The envelope's schema version: <see cref="DefaultSchemaVersion"/>, the only one defined (others are refused).</summary>
    public string SchemaVersion { get; init; } = DefaultSchemaVersion;

    /// <summary>The event type, e.g. <c>infrastructure.alert</c>; see <see cref="EventTypeName"/>.</summary>
    public required string EventType { get; init; }

    /// <summary>When the event happened, with the client's offset; the request's <c>now</c> when absent.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The trace id; see <see cref="TraceIdOrigin"/> for where it came from.</summary>
    public required string TraceId { get; init; }

    /// <summary>Where <see cref="TraceId"/> came from.</summary>
    public required TraceIdSource TraceIdOrigin { get; init; }

    /// <summary>The acting user or service, if given.</summary>
    public string? ActorId { get; init; }

    /// <summary>The tenant the event belongs to.</summary>
    public required string TenantId { get; init; }

    /// <summary>The project within the tenant, if given.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The emitting application.</summary>
    public required SourceApp SourceApp { get; init; }

    /// <summary>The emitting module, if given.</summary>
    public SourceModule? SourceModule { get; init; }

    /// <summary>The entity the event is about, if given.</summary>
    public EventSubject? Subject { get; init; }

    /// <summary>The event data: always a JSON object within <see cref="PayloadLimits"/>; numbers keep their raw text.</summary>
    public required JsonElement Payload { get; init; }

    /// <summary>Whether the payload holds personal data; <see langword="false"/> when absent.</summary>
    public bool ContainsPii { get; init; }

    /// <summary>The client's redaction, encryption and retention hints, if given.</summary>
    public RedactionHints? RedactionHints { get; init; }
}
