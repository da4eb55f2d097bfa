namespace JobForge.Domain.Audit;

/// <summary>The audit trail: every allow and deny, per tenant, newest first.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Records <paramref name="record"/>. Implementations may group-commit: the returned task completes when the record
    /// is durable. Callers that must not wait (a deny on the hot path) may ignore the task; failures are logged, never thrown
    /// into the request.
    /// </summary>
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>One page of a tenant's audit records, newest first, filtered by <paramref name="query"/>.</summary>
    Task<AuditPage> QueryAsync(string tenantId, AuditQuery query, CancellationToken cancellationToken = default);
}
