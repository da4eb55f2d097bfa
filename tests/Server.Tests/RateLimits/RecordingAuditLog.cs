using System.Collections.Concurrent;
using JobForge.Domain.Audit;

namespace JobForge.Server.Tests.RateLimits;

/// <summary>An <see cref="IAuditLog"/> that keeps what it is given.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        _records.Enqueue(record);
        return Task.CompletedTask;
    }

    public Task<AuditPage> QueryAsync(string tenantId, AuditQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
