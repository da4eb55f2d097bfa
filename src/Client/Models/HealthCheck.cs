namespace JobForge.Client.Models;

/// <summary>One health check.</summary>
public sealed record HealthCheck
{
    /// <summary>The check status.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>How long it took.</summary>
    public long DurationMs { get; init; }

    /// <summary>Why it failed, if it did.</summary>
    public string? Reason { get; init; }
}
