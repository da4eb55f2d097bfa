namespace JobForge.Domain.Audit;

/// <summary>Filters for reading the audit trail.</summary>
/// <param name="Action">Only this action, if given.</param>
/// <param name="Decision">Only <c>allow</c> or <c>deny</c>, if given.</param>
/// <param name="Since">Only records at or after this instant.</param>
/// <param name="Until">Only records before this instant.</param>
/// <param name="Limit">Page size, 1–1000.</param>
/// <param name="Cursor">The opaque cursor of the previous page.</param>
public sealed record AuditQuery(
    string? Action = null,
    string? Decision = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 100,
    string? Cursor = null);
