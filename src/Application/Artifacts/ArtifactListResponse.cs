using JobForge.Domain.Artifacts;

namespace JobForge.Application.Artifacts;

/// <summary>The body of <c>GET /api/v1/runs/{run_id}/artifacts</c>.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Artifacts">Its artifacts in name order.</param>
public sealed record ArtifactListResponse(string RunId, IReadOnlyList<ArtifactInfo> Artifacts);
