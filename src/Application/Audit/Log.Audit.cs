namespace JobForge.Application.Audit;

/// <summary>Audit server log events (ids 6020–6039). Action names only; never details or keys.</summary>
internal static partial class AuditServerLog
{
    [LoggerMessage(EventId = 6021, Level = LogLevel.Warning, Message = "An audit record could not be recorded")]
    public static partial void RecordFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6022, Level = LogLevel.Warning, Message = "Audit record {Action} dropped: {MaxPending} writes are already pending")]
    public static partial void RecordDropped(ILogger logger, string action, int maxPending);

    [LoggerMessage(EventId = 6023, Level = LogLevel.Information, Message = "Audit log flushed on shutdown")]
    public static partial void Flushed(ILogger logger);

    [LoggerMessage(EventId = 6024, Level = LogLevel.Warning, Message = "Audit log not flushed before the shutdown timeout: records still queued are lost")]
    public static partial void FlushUnfinished(ILogger logger);
}
