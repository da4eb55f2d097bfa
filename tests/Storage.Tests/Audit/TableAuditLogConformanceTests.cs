using JobForge.Domain.Audit;
using JobForge.Storage.Audit;

namespace JobForge.Storage.Tests.Audit;

public sealed class TableAuditLogConformanceTests : AuditLogConformanceTests
{
    protected override async Task<IAuditLog> CreateLogAsync() => await TableAuditLogs.CreateAsync();
}
