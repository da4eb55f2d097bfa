using System.Collections.Concurrent;
using JobForge.Domain.Audit;

namespace JobForge.Server.Tests.Auth;

/// <summary>An audit log that keeps what it is given, for assertions.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditRecord> Records { get; } = new();

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Records.Enqueue(record);
        return Task.CompletedTask;
    }

    public Task<AuditPage> QueryAsync(string tenantId, AuditQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new AuditPage(Records.Where(r => r.TenantId == tenantId).ToList(), null));
}
