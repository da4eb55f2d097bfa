using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <summary>The three rows one append writes (event, dedupe, outbox), and how they read back.</summary>
internal static class EventEntities
{
    public const string DocumentPrefix = "Doc";
    public const string BodyPrefix = "Body";

    public static TableEntity Event(StoredEvent stored, EncodedDocument document)
    {
        var entity = new TableEntity(stored.TenantId, EventRowKeys.Event(stored.ReceivedAt, stored.EventId))
        {
            ["EventId"] = stored.EventId,
            ["EventType"] = stored.EventType,
            ["SourceApp"] = stored.SourceApp,
            ["SourceModule"] = stored.SourceModule,
            ["ProjectId"] = stored.ProjectId,
            ["TraceId"] = stored.TraceId,
            ["IsClientSuppliedEventId"] = stored.IsClientSuppliedEventId,
            ["ReceivedAt"] = stored.ReceivedAt,
            ["ExpiresAt"] = stored.ExpiresAt,
            ["OccurredAt"] = stored.OccurredAt,
        };
        EventDocumentCodec.Apply(entity, DocumentPrefix, document);
        return entity;
    }

    public static TableEntity Dedupe(StoredEvent stored) => new(stored.TenantId, EventRowKeys.Dedupe(stored.EventType, stored.EventId))
    {
        ["EventId"] = stored.EventId,
        ["TraceId"] = stored.TraceId,
        ["ReceivedAt"] = stored.ReceivedAt,
        ["ExpiresAt"] = stored.ExpiresAt,
        ["EventRowKey"] = EventRowKeys.Event(stored.ReceivedAt, stored.EventId),
    };

    public static TableEntity Outbox(EventAppend append, EncodedDocument body)
    {
        var message = append.Message;
        var entity = new TableEntity(append.Event.TenantId, EventRowKeys.Outbox(append.Event.ReceivedAt, append.Event.EventId))
        {
            ["EventId"] = message.EventId,
            ["TenantId"] = message.TenantId,
            ["EventType"] = message.EventType,
            ["SourceApp"] = message.SourceApp,
            ["TraceId"] = message.TraceId,
            ["ReceivedAt"] = append.Event.ReceivedAt,
        };
        EventDocumentCodec.Apply(entity, BodyPrefix, body);
        return entity;
    }

    public static StoredEvent ToStoredEvent(TableEntity entity, string documentJson) => new(
        entity.PartitionKey!,
        Required(entity.GetString("EventId")),
        Required(entity.GetString("EventType")),
        Required(entity.GetString("SourceApp")),
        entity.GetString("SourceModule"),
        entity.GetString("ProjectId"),
        Required(entity.GetString("TraceId")),
        entity.GetBoolean("IsClientSuppliedEventId") ?? false,
        Required(entity.GetDateTimeOffset("ReceivedAt")),
        Required(entity.GetDateTimeOffset("ExpiresAt")),
        documentJson)
    {
        OccurredAt = entity.GetDateTimeOffset("OccurredAt"),
    };

    /// <summary>The original's receipt from its dedupe row, marked as a duplicate.</summary>
    public static EventReceipt DuplicateReceipt(TableEntity dedupe) => new(
        Required(dedupe.GetString("EventId")),
        Required(dedupe.GetString("TraceId")),
        Required(dedupe.GetDateTimeOffset("ReceivedAt")),
        Duplicate: true);

    public static OutboxMessage ToMessage(TableEntity entity, string bodyJson) => new(
        Required(entity.GetString("EventId")),
        Required(entity.GetString("TenantId")),
        Required(entity.GetString("EventType")),
        Required(entity.GetString("SourceApp")),
        Required(entity.GetString("TraceId")),
        bodyJson);

    private static T Required<T>(T? value)
        where T : class => value ?? throw new InvalidDataException("A stored event row is missing a required property.");

    private static T Required<T>(T? value)
        where T : struct => value ?? throw new InvalidDataException("A stored event row is missing a required property.");
}
