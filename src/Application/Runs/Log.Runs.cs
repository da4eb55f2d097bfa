namespace JobForge.Application.Runs;

/// <summary>Run engine log events (ids 2200–2299). Ids and statuses only: never inputs, outputs or secrets.</summary>
internal static partial class RunsLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Run engine started as worker {WorkerId}: {MaxConcurrency} workers, recovery scan every {RecoveryInterval}")]
    public static partial void EngineStarted(ILogger logger, string workerId, int maxConcurrency, TimeSpan recoveryInterval);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Run engine disabled (JobForge:Engine:Enabled is false): runs are accepted but executed elsewhere")]
    public static partial void EngineDisabled(ILogger logger);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug, Message = "Run {RunId} of tenant {TenantId} picked up ({Status})")]
    public static partial void PickedUp(ILogger logger, string tenantId, string runId, string status);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Run {RunId} of tenant {TenantId} finished: {Status}")]
    public static partial void Finished(ILogger logger, string tenantId, string runId, string status);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Debug, Message = "Run {RunId} of tenant {TenantId} parked until {DueAt}")]
    public static partial void Parked(ILogger logger, string tenantId, string runId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "Run {RunId} of tenant {TenantId}: lease lost to another worker; stopping here")]
    public static partial void LeaseLost(ILogger logger, string tenantId, string runId);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Warning, Message = "Run {RunId} of tenant {TenantId}: too many concurrent writes; a scan retries it")]
    public static partial void TooManyConflicts(ILogger logger, string tenantId, string runId);

    [LoggerMessage(EventId = 2207, Level = LogLevel.Error, Message = "Run {RunId} of tenant {TenantId}: its template snapshot cannot be read; the run is dropped from the work index")]
    public static partial void UnreadableTemplate(ILogger logger, string tenantId, string runId);

    [LoggerMessage(EventId = 2208, Level = LogLevel.Warning, Message = "Processing run {RunId} of tenant {TenantId} failed; it is retried after its lease lapses")]
    public static partial void ProcessFailed(ILogger logger, string tenantId, string runId, Exception exception);

    [LoggerMessage(EventId = 2209, Level = LogLevel.Warning, Message = "Scanning the run work index failed; retrying in {Delay}")]
    public static partial void ScanFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Warning, Message = "Publishing lifecycle event {EventType} of run {RunId} failed")]
    public static partial void LifecycleFailed(ILogger logger, string runId, string eventType, Exception exception);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Writing evidence of run {RunId} failed; the run goes on")]
    public static partial void EvidenceFailed(ILogger logger, string runId, Exception exception);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Warning, Message = "Removing the work entry of finished run {RunId} of tenant {TenantId} failed; the recovery scan removes it")]
    public static partial void WorkRemovalFailed(ILogger logger, string tenantId, string runId, Exception exception);
}
