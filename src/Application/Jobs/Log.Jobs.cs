namespace JobForge.Application.Jobs;

/// <summary>Job request log events (ids 2000–2099). Ids, keys and reasons only: never inputs or tokens.</summary>
internal static partial class JobsLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Run {RunId} of template {TemplateKey} queued for tenant {TenantId}")]
    public static partial void Queued(ILogger logger, string tenantId, string templateKey, string runId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Job request for template {TemplateKey} replayed run {RunId} for tenant {TenantId}")]
    public static partial void Replayed(ILogger logger, string tenantId, string templateKey, string runId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Job request for template {TemplateKey} denied for tenant {TenantId}: {Reason}")]
    public static partial void Denied(ILogger logger, string tenantId, string templateKey, string reason);
}
