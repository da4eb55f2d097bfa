namespace JobForge.Application.Steps;

/// <summary>Step runner log events (ids 2100–2199). Kinds, ids and outcomes only: never inputs, outputs or secrets.</summary>
internal static partial class StepsLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Step {StepId} attempt {Attempt} of run {RunId} ({Kind}) finished: {Outcome} in {DurationMs} ms")]
    public static partial void Finished(ILogger logger, string runId, string stepId, int attempt, string kind, string outcome, long durationMs);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Step {StepId} attempt {Attempt} of run {RunId} ({Kind}): the handler threw")]
    public static partial void HandlerThrew(ILogger logger, string runId, string stepId, int attempt, string kind, Exception exception);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Step {StepId} attempt {Attempt} of run {RunId}: no handler is registered for kind {Kind}")]
    public static partial void UnknownHandler(ILogger logger, string runId, string stepId, int attempt, string kind);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "HTTP step {StepId} of run {RunId}: egress to {Host} refused ({Reason})")]
    public static partial void EgressDenied(ILogger logger, string runId, string stepId, string host, string reason);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Debug, Message = "HTTP step {StepId} of run {RunId}: {Method} to {Host} answered {Status}")]
    public static partial void HttpAnswered(ILogger logger, string runId, string stepId, string method, string host, int status);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "HTTP step {StepId} of run {RunId}: network error reaching {Host} ({ErrorKind})")]
    public static partial void HttpNetworkError(ILogger logger, string runId, string stepId, string host, string errorKind);

    [LoggerMessage(EventId = 2120, Level = LogLevel.Debug, Message = "Step {StepId} of run {RunId} published event {EventId} of type {EventType} (duplicate: {Duplicate})")]
    public static partial void EventPublished(ILogger logger, string runId, string stepId, string eventId, string eventType, bool duplicate);
}
