using Microsoft.Extensions.Logging;

namespace JobForge.Storage;

/// <summary>Storage log events (ids 5000–5999). Structured placeholders only; never keys, SAS or Authorization.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Storage health probe of {Service} failed with status {Status} {ErrorCode}")]
    public static partial void ProbeFailed(ILogger logger, string service, int status, string? errorCode, Exception exception);
}
