namespace JobForge.Application.Triggers;

/// <summary>Trigger log events (ids 3000–3099). Ids, codes and counts only: never inputs, payloads or tokens.</summary>
internal static partial class TriggersLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Trigger {TriggerId} of tenant {TenantId} fired: {Outcome} run {RunId}")]
    public static partial void Fired(ILogger logger, string tenantId, string triggerId, string outcome, string? runId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Trigger {TriggerId} of tenant {TenantId} did not fire: {Decision}")]
    public static partial void NotFired(ILogger logger, string tenantId, string triggerId, string decision);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Trigger scheduler elected leader with {Count} cron triggers")]
    public static partial void Elected(ILogger logger, int count);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Trigger scheduler lost its lease")]
    public static partial void LeaseLost(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Trigger scheduler tick failed")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Firing trigger {TriggerId} of tenant {TenantId} failed")]
    public static partial void FireFailed(ILogger logger, string tenantId, string triggerId, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Evaluating event triggers for event {EventId} failed")]
    public static partial void EventFailed(ILogger logger, string eventId, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Trigger index refreshed: {Changes} change(s)")]
    public static partial void Refreshed(ILogger logger, int changes);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Trigger scheduler released its lease")]
    public static partial void Released(ILogger logger);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Trigger scheduler could not release its lease on stopping; another server takes over when it lapses within {LeaseDuration}")]
    public static partial void ReleaseFailed(ILogger logger, TimeSpan leaseDuration, Exception exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Refreshing the event trigger index before evaluating published events failed; evaluating with the index as last loaded")]
    public static partial void IndexRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Trigger scheduler could not reach storage for its lease; firing paused, retrying with its own lease id")]
    public static partial void LeaseUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Trigger scheduler took its own lease back after {DoubtFor}; held throughout {HeldThroughout}; {Count} cron triggers")]
    public static partial void LeaseRetaken(ILogger logger, TimeSpan doubtFor, bool heldThroughout, int count);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Trigger scheduler's lease call failed with a refusal that is not an outage; stepping down")]
    public static partial void LeaseRefused(ILogger logger, Exception exception);
}
