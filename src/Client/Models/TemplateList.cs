namespace JobForge.Client.Models;

/// <summary>The templates of a tenant.</summary>
public sealed record TemplateList
{
    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>The templates.</summary>
    public IReadOnlyList<TemplateSummary> Templates { get; init; } = [];
}
