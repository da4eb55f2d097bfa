namespace JobForge.Domain.Audit;

/// <summary>A page of audit records and the cursor of the next page (null at the end).</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, string? NextCursor);
