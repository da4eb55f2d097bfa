namespace JobForge.Domain.Runs;

/// <summary>One page of runs with their execution state.</summary>
/// <param name="Runs">The runs, in creation order (oldest first; run ids are time-ordered).</param>
/// <param name="NextCursor">The cursor of the next page; null when this is the last.</param>
public sealed record RunPage(IReadOnlyList<RunRecord> Runs, string? NextCursor);
