using JobForge.TestKit.Logging;
using JobForge.Storage.Audit;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Audit;

/// <summary>Table audit logs on the shared Azurite, each on its own table.</summary>
internal static class TableAuditLogs
{
    public static async Task<TableAuditLog> CreateAsync(
        CountingPolicy? counter = null, string? tableName = null, ListLogger<TableAuditLog>? logger = null, int queueCapacity = 10_000)
    {
        var azurite = await AzuriteInstance.Shared;
        var tables = azurite.TableService(policies: counter is null ? [] : [counter]);
        return new TableAuditLog(
            tables,
            new AuditOptions { TableName = tableName ?? UniqueNames.Next("audit"), QueueCapacity = queueCapacity },
            logger ?? new ListLogger<TableAuditLog>());
    }
}
