using Microsoft.Extensions.Logging;

namespace JobForge.Storage.Diagnostics;

/// <summary>Storage HTTP log events (5900s). Host and path only: no query, header values outside the allow list or bodies.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5901, Level = LogLevel.Debug,
        Message = "Storage {Method} {Host}{Path} answered {Status} in {ElapsedMs} ms (x-ms-request-id {RequestId}, x-ms-client-request-id {ClientRequestId})")]
    public static partial void StorageRequest(
        ILogger logger, string method, string host, string path, int status, long elapsedMs, string? requestId, string? clientRequestId);
}
