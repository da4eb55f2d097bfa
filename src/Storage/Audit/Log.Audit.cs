using Microsoft.Extensions.Logging;

namespace JobForge.Storage.Audit;

/// <summary>Audit storage log events (ids 6000–6019). Tenant ids and action names only; never details.</summary>
internal static partial class AuditStorageLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "Audit record {Action} for tenant {TenantId} could not be stored")]
    public static partial void RecordFailed(ILogger logger, string tenantId, string action, Exception exception);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Audit batch of {Count} records failed; writing them one by one")]
    public static partial void BatchFailed(ILogger logger, int count, Exception exception);
}
