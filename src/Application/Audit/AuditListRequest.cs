using JobForge.Domain.Audit;
using JobForge.Domain.Auth;
using JobForge.Domain.Events;

namespace JobForge.Application.Audit;

/// <summary>The validated query of <c>GET /api/v1/audit</c>: whose trail, and which page of it.</summary>
/// <param name="TenantId">The tenant to read (the caller's own when it is tenant-scoped and none was given).</param>
/// <param name="Query">The filters, limit and cursor.</param>
public sealed partial record AuditListRequest(string TenantId, AuditQuery Query)
{
    /// <summary>The query parameters the endpoint accepts (names are case-sensitive).</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["tenant_id", "action", "decision", "since", "until", "limit", "cursor"];

    /// <summary>The outcome of <see cref="Parse"/>: a request, or every problem found (paths are parameter names).</summary>
    /// <param name="Request">The request when valid.</param>
    /// <param name="Problems">The problems; empty when valid.</param>
    public sealed record ParseResult(AuditListRequest? Request, IReadOnlyList<ValidationProblem> Problems);
}
