namespace JobForge.Client.Models;

/// <summary>The answering server's run engine (<c>GET /api/v1/engine</c>).</summary>
public sealed record EngineStatus
{
    /// <summary>Whether the server executes runs.</summary>
    public bool Enabled { get; init; }

    /// <summary>Runs queued and not yet taken.</summary>
    public int QueueDepth { get; init; }

    /// <summary>Runs executing now.</summary>
    public int InFlightRuns { get; init; }

    /// <summary>How many runs it executes at once.</summary>
    public int MaxConcurrency { get; init; }
}
