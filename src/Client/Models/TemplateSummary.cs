namespace JobForge.Client.Models;

/// <summary>A template as the catalogue lists it.</summary>
public sealed record TemplateSummary
{
    /// <summary>The key.</summary>
    public string TemplateKey { get; init; } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The description.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The category.</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The version.</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>Whether it is an action job (needs a policy token).</summary>
    public bool IsActionJob { get; init; }

    /// <summary>The scopes it needs.</summary>
    public IReadOnlyList<string> RequiredScopes { get; init; } = [];

    /// <summary>The cost tier.</summary>
    public string EstimatedCostTier { get; init; } = string.Empty;

    /// <summary>Whether it is enabled for the tenant.</summary>
    public bool Enabled { get; init; }

    /// <summary>Whether it is built in.</summary>
    public bool BuiltIn { get; init; }
}
