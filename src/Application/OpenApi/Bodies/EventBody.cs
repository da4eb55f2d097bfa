using System.Text.Json;

namespace JobForge.Application.OpenApi.Bodies;

/// <summary>The event envelope of <c>POST /api/v1/events</c> (see docs/events.md for every rule).</summary>
public sealed class EventBody
{
    /// <summary>The tenant; the key must cover it.</summary>
    public required string TenantId { get; init; }

    /// <summary>Dot-separated lowercase segments, e.g. <c>infrastructure.alert</c>.</summary>
    public required string EventType { get; init; }

    /// <summary><c>settler</c>, <c>aias</c>, <c>keys</c>, <c>readylayer</c>, <c>jobforge</c> or <c>external</c>.</summary>
    public required string SourceApp { get; init; }

    /// <summary>The payload: a JSON object, at most 10 levels deep.</summary>
    public required JsonElement Payload { get; init; }

    /// <summary><c>1.0</c> (the default and only version).</summary>
    public string? EventVersion { get; init; }

    /// <summary>The payload schema's version; <c>1.0.0</c>.</summary>
    public string? SchemaVersion { get; init; }

    /// <summary><c>ops</c>, <c>support</c>, <c>growth</c>, <c>finops</c> or <c>core</c>.</summary>
    public string? SourceModule { get; init; }

    /// <summary>When it happened (ISO-8601 with an offset); default: when received.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>The trace id; generated (or taken from <c>traceparent</c>) when absent.</summary>
    public string? TraceId { get; init; }

    /// <summary>Who caused it.</summary>
    public string? ActorId { get; init; }

    /// <summary>The project, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>What the event is about: <c>{type, id}</c>.</summary>
    public JsonElement? Subject { get; init; }

    /// <summary>Whether the payload holds personal data (shortens the default retention).</summary>
    public bool? ContainsPii { get; init; }

    /// <summary><c>{redact_fields, encrypt_fields, retention_days}</c>.</summary>
    public JsonElement? RedactionHints { get; init; }

    /// <summary>The idempotency key (or the <c>Idempotency-Key</c> header).</summary>
    public string? EventId { get; init; }
}
