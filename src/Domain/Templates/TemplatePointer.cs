namespace JobForge.Domain.Templates;

/// <summary>A template key's latest-version pointer.</summary>
/// <param name="TemplateKey">The key.</param>
/// <param name="Version">The latest version.</param>
/// <param name="ETag">The pointer's opaque version, for a guarded <see cref="ITemplateStore.SetLatestAsync"/>.</param>
public sealed record TemplatePointer(string TemplateKey, string Version, string ETag);
