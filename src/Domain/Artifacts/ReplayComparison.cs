namespace JobForge.Domain.Artifacts;

/// <summary>The outcome of <see cref="ReplayComparer.Compare"/>.</summary>
/// <param name="Identical">Whether the replay matched the recording.</param>
/// <param name="Differences">Where it differs, in step order then path order, at most the cap.</param>
/// <param name="Truncated">Whether more differences were found than listed.</param>
public sealed record ReplayComparison(bool Identical, IReadOnlyList<ReplayDifference> Differences, bool Truncated)
{
    /// <summary>Where timing measurements differ (not results: they do not make a replay differ), at most the cap.</summary>
    public IReadOnlyList<ReplayDifference> TimingDifferences { get; init; } = [];
}
