namespace JobForge.Client.Models;

/// <summary>A template enabled or disabled for a tenant.</summary>
public sealed record TemplateSwitch
{
    /// <summary>The key.</summary>
    public string TemplateKey { get; init; } = string.Empty;

    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary>Whether it is now enabled.</summary>
    public bool Enabled { get; init; }
}
