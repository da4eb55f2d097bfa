namespace JobForge.Application.Events;

/// <summary>Event ingestion log events (ids 1000–1099). Ids and types only: never payloads.</summary>
internal static partial class EventsLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Event {EventId} of type {EventType} for tenant {TenantId} stored (duplicate: {Duplicate})")]
    public static partial void Accepted(ILogger logger, string tenantId, string eventType, string eventId, bool duplicate);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Retention sweep deleted {Count} expired events")]
    public static partial void SweptExpired(ILogger logger, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Retention sweep failed; it will run again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
