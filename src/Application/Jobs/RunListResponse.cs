namespace JobForge.Application.Jobs;

/// <summary>A page of <c>GET /api/v1/jobs</c>.</summary>
/// <param name="Runs">The runs, in creation order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last.</param>
public sealed record RunListResponse(IReadOnlyList<RunResponse> Runs, string? NextCursor);
