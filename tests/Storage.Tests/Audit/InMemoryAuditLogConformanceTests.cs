using JobForge.Domain.Audit;
using JobForge.Storage.Audit;

namespace JobForge.Storage.Tests.Audit;

public sealed class InMemoryAuditLogConformanceTests : AuditLogConformanceTests
{
    protected override Task<IAuditLog> CreateLogAsync() => Task.FromResult<IAuditLog>(new InMemoryAuditLog());
}
