namespace JobForge.Domain.Templates;

/// <summary>Whether one tenant has a template switched on. No row means disabled.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TemplateKey">The template key (all versions).</param>
/// <param name="Enabled">Whether the tenant may request it.</param>
/// <param name="ChangedAt">When it was last switched.</param>
/// <param name="ChangedBy">The API key id that switched it, if known.</param>
public sealed record TemplateEnablement(string TenantId, string TemplateKey, bool Enabled, DateTimeOffset ChangedAt, string? ChangedBy);
