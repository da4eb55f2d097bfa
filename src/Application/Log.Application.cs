namespace JobForge.Application;

/// <summary>Host-neutral API log events (ids 1–999). Structured placeholders only; no request bodies or headers.</summary>
internal static partial class ApplicationLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path} (trace {TraceId})")]
    public static partial void UnhandledException(ILogger logger, string method, string path, string traceId, Exception? exception);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Health check: storage unreachable: {Services}")]
    public static partial void StorageUnhealthy(ILogger logger, string services);

    [LoggerMessage(EventId = 502, Level = LogLevel.Warning, Message = "Storage unavailable on {Method} {Path} (trace {TraceId}): {ExceptionType}; answered 503")]
    public static partial void StorageUnavailable(ILogger logger, string method, string path, string traceId, string exceptionType);

    [LoggerMessage(EventId = 600, Level = LogLevel.Debug, Message = "Admission refused a request: {Reason}; Retry-After {RetryAfterSeconds} s")]
    public static partial void AdmissionRefused(ILogger logger, string reason, int retryAfterSeconds);
}
