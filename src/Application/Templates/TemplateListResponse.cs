namespace JobForge.Application.Templates;

/// <summary>The body of <c>GET /api/v1/templates</c>.</summary>
/// <param name="TenantId">The tenant the <c>enabled</c> flags are for.</param>
/// <param name="Templates">Every template's latest version, ordered by key.</param>
public sealed record TemplateListResponse(string TenantId, IReadOnlyList<TemplateSummaryResponse> Templates);
