using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>One difference between a recording and its replay.</summary>
public sealed record ReplayDifference
{
    /// <summary>The step, if any.</summary>
    public string? StepId { get; init; }

    /// <summary>The JSON path.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The recorded value.</summary>
    public JsonElement? Recorded { get; init; }

    /// <summary>The replayed value.</summary>
    public JsonElement? Replayed { get; init; }
}
