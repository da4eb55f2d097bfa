namespace JobForge.Application.Templates;

/// <summary>The body of <c>POST /api/v1/templates/{key}/enable</c> and <c>/disable</c>.</summary>
public sealed record TemplateSwitchResponse(string TemplateKey, string TenantId, bool Enabled);
