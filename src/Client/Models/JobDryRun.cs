using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>What a job request would do, without running it (<c>dry_run</c>).</summary>
public sealed record JobDryRun
{
    /// <summary>Always true.</summary>
    public bool DryRun { get; init; }

    /// <summary>Whether the request would run.</summary>
    public bool WouldExecute { get; init; }

    /// <summary>The trace id.</summary>
    public string TraceId { get; init; } = string.Empty;

    /// <summary>The template key.</summary>
    public string TemplateKey { get; init; } = string.Empty;

    /// <summary>The template version.</summary>
    public string TemplateVersion { get; init; } = string.Empty;

    /// <summary>The validated inputs with defaults.</summary>
    public JsonElement Inputs { get; init; }

    /// <summary>The planned steps.</summary>
    public IReadOnlyList<PlanStep> Plan { get; init; } = [];
}
