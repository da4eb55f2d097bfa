namespace JobForge.Client.Models;

/// <summary>A requested (or idempotently replayed) job run.</summary>
public sealed record JobAccepted
{
    /// <summary>The run id.</summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>The run status.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The trace id.</summary>
    public string TraceId { get; init; } = string.Empty;
}
