namespace JobForge.Client.Models;

/// <summary>The answer to approve, reject, cancel or rollback.</summary>
public sealed record RunDecision
{
    /// <summary>The run id.</summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>The run status when the signal was accepted.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>What was accepted.</summary>
    public string Accepted { get; init; } = string.Empty;
}
