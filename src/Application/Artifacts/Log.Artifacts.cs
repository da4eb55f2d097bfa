namespace JobForge.Application.Artifacts;

/// <summary>Evidence log events (ids 7000–7099). Ids and names only: never artifact content.</summary>
internal static partial class ArtifactsLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Evidence artifact {Name} of run {RunId} for tenant {TenantId} was not written; the run goes on")]
    public static partial void WriteFailed(ILogger logger, string tenantId, string runId, string name, Exception exception);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Step artifact {Name} of step {StepId} of run {RunId} was skipped: {Reason}")]
    public static partial void ArtifactSkipped(ILogger logger, string runId, string stepId, string name, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "The stored {Name} of run {RunId} for tenant {TenantId} is unreadable: {Problem}")]
    public static partial void StoredDocumentUnreadable(ILogger logger, string tenantId, string runId, string name, string problem);
}
