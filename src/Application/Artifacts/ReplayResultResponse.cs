using JobForge.Domain.Artifacts;

namespace JobForge.Application.Artifacts;

/// <summary>The body of a dry-run replay.</summary>
/// <param name="RunId">The replayed run.</param>
/// <param name="Identical">Whether the replay matched the recording.</param>
/// <param name="Differences">Where it differs (capped).</param>
/// <param name="Truncated">Whether more differences exist than listed.</param>
/// <param name="ReplayedStatus">The replayed run's final status.</param>
/// <param name="TimingDifferences">Where timing measurements (a delay's <c>waited_ms</c>) differ: listed apart, never a reason for <paramref name="Identical"/> to be false.</param>
public sealed record ReplayResultResponse(
    string RunId, bool Identical, IReadOnlyList<ReplayDifference> Differences, bool Truncated, string ReplayedStatus,
    IReadOnlyList<ReplayDifference> TimingDifferences);
