using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>One planned step of a dry run.</summary>
public sealed record PlanStep
{
    /// <summary>The step id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The handler kind.</summary>
    public string Uses { get; init; } = string.Empty;

    /// <summary>The step parameters.</summary>
    public JsonElement With { get; init; }

    /// <summary>The steps it waits for.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The retry policy, if any.</summary>
    public PlanRetry? Retry { get; init; }

    /// <summary>The step timeout, e.g. 30s.</summary>
    public string Timeout { get; init; } = string.Empty;

    /// <summary>Whether it waits for an approval.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>The compensating step, if any.</summary>
    public string? Compensate { get; init; }

    /// <summary>Whether the parameters are resolved already.</summary>
    public bool WithResolved { get; init; }
}
