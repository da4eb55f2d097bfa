namespace JobForge.Domain.Events;

/// <summary>The wire names of the envelope's fields, and the names each contract object accepts.</summary>
internal static class EventFieldNames
{
    public const string EventVersion = "event_version";
    public const string SchemaVersion = "schema_version";
    public const string EventType = "event_type";
    public const string OccurredAt = "occurred_at";
    public const string TraceId = "trace_id";
    public const string ActorId = "actor_id";
    public const string TenantId = "tenant_id";
    public const string ProjectId = "project_id";
    public const string SourceApp = "source_app";
    public const string SourceModule = "source_module";
    public const string Subject = "subject";
    public const string Payload = "payload";
    public const string ContainsPii = "contains_pii";
    public const string RedactionHints = "redaction_hints";
    public const string EventId = "event_id";

    public const string SubjectType = "type";
    public const string SubjectId = "id";

    public const string RedactFields = "redact_fields";
    public const string EncryptFields = "encrypt_fields";
    public const string RetentionDays = "retention_days";

    public static readonly string[] Envelope =
    [
        EventVersion, SchemaVersion, EventType, OccurredAt, TraceId, ActorId, TenantId, ProjectId,
        SourceApp, SourceModule, Subject, Payload, ContainsPii, RedactionHints, EventId,
    ];

    public static readonly string[] SubjectFields = [SubjectType, SubjectId];

    public static readonly string[] RedactionHintFields = [RedactFields, EncryptFields, RetentionDays];
}
