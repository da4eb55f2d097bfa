using Microsoft.Extensions.Logging;

namespace JobForge.Functions.Runs;

internal static partial class DurableRunsLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "No Durable client in scope for run {RunId}: the recovery scan schedules it")]
    public static partial void NoClient(ILogger logger, string runId);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Scheduling or signaling the orchestration of run {RunId} failed; the recovery scan retries")]
    public static partial void NotifyFailed(ILogger logger, string runId, Exception exception);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "Run {RunId}: the outcome of its attempt in flight is overdue since {Deadline}; the attempt is handed out again")]
    public static partial void AttemptOverdue(ILogger logger, string runId, DateTimeOffset deadline);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "The recovery scan could not schedule run {RunId}; the next scan retries")]
    public static partial void RecoveryFailed(ILogger logger, string runId, Exception exception);
}
