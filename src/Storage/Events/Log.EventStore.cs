using Microsoft.Extensions.Logging;

namespace JobForge.Storage;

/// <content>Event store log events (ids 5100–5199). No tenant data, ids or documents are logged.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "An event batch of {Count} appends failed with status {Status} {ErrorCode}")]
    public static partial void BatchFailed(ILogger logger, int count, int status, string? errorCode, Exception exception);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "The event store rejected one event with status {Status} {ErrorCode}")]
    public static partial void EventRejected(ILogger logger, int status, string? errorCode, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Deleting an event document blob failed with status {Status}")]
    public static partial void BlobCleanupFailed(ILogger logger, int status, Exception exception);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Deleting {Count} expired events failed with status {Status} {ErrorCode}")]
    public static partial void RetentionDeleteFailed(ILogger logger, int count, int status, string? errorCode, Exception exception);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "A batch of {Count} events had been stored by an attempt whose answer was lost; its retry's conflict is resolved as accepted")]
    public static partial void TransactionLandedBeforeRetry(ILogger logger, int count);
}
