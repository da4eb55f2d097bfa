namespace JobForge.Domain.Events;

/// <summary>
/// What is published for an accepted event: the envelope with <c>redact_fields</c> values redacted and encrypted
/// fields left encrypted, and the properties brokers filter on.
/// </summary>
/// <param name="EventId">The event id; the broker message id, so broker duplicate detection works.</param>
/// <param name="TenantId">Application property <c>tenant_id</c>.</param>
/// <param name="EventType">Application property <c>event_type</c>.</param>
/// <param name="SourceApp">Application property <c>source_app</c>.</param>
/// <param name="TraceId">Application property <c>trace_id</c>.</param>
/// <param name="BodyJson">The message body (JSON).</param>
public sealed record OutboxMessage(string EventId, string TenantId, string EventType, string SourceApp, string TraceId, string BodyJson);
