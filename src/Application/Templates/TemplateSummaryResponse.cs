using JobForge.Domain.Templates;

namespace JobForge.Application.Templates;

/// <summary>One template in <c>GET /api/v1/templates</c>: its identity and whether the tenant has it enabled.</summary>
public sealed record TemplateSummaryResponse(
    string TemplateKey,
    string Name,
    string Description,
    string Category,
    string Version,
    bool IsActionJob,
    IReadOnlyList<string> RequiredScopes,
    string EstimatedCostTier,
    bool Enabled,
    bool BuiltIn)
{
    /// <summary>The summary of <paramref name="entry"/>.</summary>
    public static TemplateSummaryResponse From(CatalogTemplate entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var t = entry.Template;
        return new(t.TemplateKey, t.Name, t.Description, t.Category, t.Version, t.IsActionJob, t.RequiredScopes, t.EstimatedCostTier, entry.Enabled, entry.IsBuiltIn);
    }
}
