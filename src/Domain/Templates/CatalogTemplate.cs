namespace JobForge.Domain.Templates;

/// <summary>A template as the catalog serves it to one tenant.</summary>
/// <param name="Template">The template version.</param>
/// <param name="Enabled">Whether the tenant has it switched on.</param>
/// <param name="IsBuiltIn">Whether it comes from <see cref="BuiltInTemplates"/> rather than the store.</param>
public sealed record CatalogTemplate(JobTemplate Template, bool Enabled, bool IsBuiltIn);
