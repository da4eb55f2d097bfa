using Microsoft.Extensions.Logging;

namespace JobForge.Storage.RateLimits;

/// <summary>Rate-limit storage log events (ids 5100–5199). Never tenant or actor ids.</summary>
internal static partial class RateLimitLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning, Message = "Synchronising a rate-limit count failed; this server enforces its last known count until storage answers")]
    public static partial void SyncFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Deleting an expired rate-limit window row failed")]
    public static partial void CleanupFailed(ILogger logger, Exception exception);
}
