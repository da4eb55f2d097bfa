using System.Text.Json;

namespace JobForge.Domain.Templates;

/// <summary>
/// A job template: versioned data, never code. A (key, version) pair is immutable; changing a template creates a new
/// version, and runs keep the version they started with. Build one with <see cref="JobTemplateParser"/> (from JSON) or
/// in code, and check it with <see cref="JobTemplateValidator"/>.
/// </summary>
public sealed record JobTemplate
{
    /// <summary>The key, e.g. <c>autopilot.ops.scan</c> (see <see cref="Templates.TemplateKey"/>).</summary>
    public required string TemplateKey { get; init; }

    /// <summary>A short display name.</summary>
    public required string Name { get; init; }

    /// <summary>What the template does.</summary>
    public string Description { get; init; } = "";

    /// <summary>One of <see cref="TemplateVocabulary.Categories"/>.</summary>
    public required string Category { get; init; }

    /// <summary>The SemVer version.</summary>
    public required string Version { get; init; }

    /// <summary>The JSON Schema (subset, see <see cref="JsonSchemaValidator"/>) job inputs must satisfy.</summary>
    public required JsonElement InputSchema { get; init; }

    /// <summary>The JSON Schema the job's output satisfies.</summary>
    public required JsonElement OutputSchema { get; init; }

    /// <summary>The scopes a caller needs to request the job.</summary>
    public IReadOnlyList<string> RequiredScopes { get; init; } = [];

    /// <summary>Whether the job changes things (an action job: policy token and approval rules apply).</summary>
    public bool IsActionJob { get; init; }

    /// <summary>Attempts per step unless a step says otherwise: 1–10, default 3.</summary>
    public int DefaultMaxAttempts { get; init; } = 3;

    /// <summary>The step timeout unless a step says otherwise: default 5 minutes.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>One of <see cref="TemplateVocabulary.CostTiers"/>; default <c>low</c>.</summary>
    public string EstimatedCostTier { get; init; } = "low";

    /// <summary>The steps, in declaration order.</summary>
    public required IReadOnlyList<TemplateStep> Steps { get; init; }

    /// <summary>The distinct autopilot modules the steps call (<c>autopilot.module</c> steps), in step order.</summary>
    public IReadOnlyList<string> Modules =>
        Steps.Select(step => step.Module).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
