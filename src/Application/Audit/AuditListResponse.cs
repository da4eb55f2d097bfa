using System.Text.Json.Serialization;
using JobForge.Domain.Audit;

namespace JobForge.Application.Audit;

/// <summary>The body of <c>GET /api/v1/audit</c>: <c>{records, next_cursor}</c>; <c>next_cursor</c> is null on the last page.</summary>
/// <param name="Records">The page, newest first.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> (with the same filters) for the next page; null when there is none.</param>
public sealed record AuditListResponse(
    IReadOnlyList<AuditRecordResponse> Records,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextCursor)
{
    /// <summary>The response for <paramref name="page"/>.</summary>
    public static AuditListResponse From(AuditPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new AuditListResponse(page.Records.Select(AuditRecordResponse.From).ToList(), page.NextCursor);
    }
}
