namespace JobForge.Client.Models;

/// <summary>The outcome of a replay dry run.</summary>
public sealed record ReplayResult
{
    /// <summary>The run id.</summary>
    public string RunId { get; init; } = string.Empty;

    /// <summary>Whether the replay matched the recording.</summary>
    public bool Identical { get; init; }

    /// <summary>The differences found.</summary>
    public IReadOnlyList<ReplayDifference> Differences { get; init; } = [];

    /// <summary>Whether the differences were cut short.</summary>
    public bool Truncated { get; init; }

    /// <summary>The status the replay reached.</summary>
    public string ReplayedStatus { get; init; } = string.Empty;

    /// <summary>Where timing measurements differ (listed apart; never a reason for <see cref="Identical"/> to be false).</summary>
    public IReadOnlyList<ReplayDifference> TimingDifferences { get; init; } = [];
}
