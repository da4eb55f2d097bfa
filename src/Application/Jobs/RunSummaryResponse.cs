namespace JobForge.Application.Jobs;

/// <summary>The body of <c>GET /api/v1/jobs/summary</c>: runs requested in a window, counted by status and by minute.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Window"><c>1h</c> or <c>24h</c>.</param>
/// <param name="Since">The window's start (UTC, on a minute).</param>
/// <param name="Until">When the summary was made (UTC).</param>
/// <param name="Total">The runs counted.</param>
/// <param name="Truncated">True when the window holds more runs than one summary counts (<see cref="JobEndpoints.SummaryMaxRuns"/>): the counts cover the oldest ones.</param>
/// <param name="Counts">Runs per status (wire names), statuses without runs left out.</param>
/// <param name="Buckets">Minutes with at least one run requested, oldest first.</param>
public sealed record RunSummaryResponse(
    string TenantId, string Window, DateTimeOffset Since, DateTimeOffset Until, int Total, bool Truncated,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<RunMinuteBucket> Buckets);
