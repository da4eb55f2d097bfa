namespace JobForge.Domain.Artifacts;

/// <summary>How <see cref="ManifestMarkdownRenderer"/> renders a manifest.</summary>
public sealed record ManifestMarkdownOptions
{
    /// <summary>The most outputs listed before "… and N more" (default 20).</summary>
    public int MaxOutputs { get; init; } = 20;

    /// <summary>Whether the Environment section is included (off by default).</summary>
    public bool IncludeEnvironment { get; init; }

    /// <summary>The run's cost in US dollars, shown under Metrics when given.</summary>
    public decimal? CostUsd { get; init; }
}
