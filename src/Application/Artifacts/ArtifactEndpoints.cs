using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Artifacts;

/// <summary>
/// A run's evidence: its artifacts (scope <c>jobs:read</c>), its manifest (<c>JOBFORGE_MANIFESTS_ENABLED</c>), its replay
/// bundle and dry-run replays (<c>REPLAY_PACK_ENABLED</c>; replays need <c>jobs:write</c>). Another tenant's run is 404
/// like a missing one; a malformed id, name or query is 400.
/// </summary>
public static partial class ArtifactEndpoints
{
    /// <summary>The scope that reads evidence.</summary>
    public const string ReadScope = "jobs:read";

    /// <summary>The scope that replays runs.</summary>
    public const string WriteScope = "jobs:write";

    /// <summary>The largest bundle <c>POST /api/v1/replays</c> accepts: 1 MiB.</summary>
    public const long MaxBundleBytes = 1024 * 1024;

    /// <summary>The largest <c>{"dry_run": true}</c> body: 4 KiB.</summary>
    public const long MaxReplayRequestBytes = 4 * 1024;

    /// <summary>Maps the evidence routes.</summary>
    public static IEndpointRouteBuilder MapArtifactEndpoints(this IEndpointRouteBuilder routes)
    {
        var runs = routes.MapGroup("/api/v1/runs/{run_id}").WithTags("Evidence");
        runs.MapGet("/artifacts", ListAsync).WithName("ListRunArtifacts").RequireScope(ReadScope)
            .Produces<ArtifactListResponse>().ProducesErrors(400, 404);
        runs.MapGet("/artifacts/{name}", GetArtifactAsync).WithName("GetRunArtifact").RequireScope(ReadScope)
            .Produces(StatusCodes.Status200OK).ProducesErrors(400, 404);
        runs.MapGet("/manifest", GetManifestAsync).WithName("GetRunManifest").RequireScope(ReadScope)
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesErrors(400, 403, 404);
        runs.MapGet("/replay", GetReplayAsync).WithName("GetRunReplayBundle").RequireScope(ReadScope)
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesErrors(400, 403, 404);
        runs.MapPost("/replay", ReplayRunAsync).WithName("ReplayRun").RequireScope(WriteScope)
            .Accepts<object>("application/json").Produces<ReplayResultResponse>().ProducesErrors(400, 403, 404, 413, 415, 503);
        routes.MapPost("/api/v1/replays", ReplayBundleAsync).WithName("ReplayBundle").WithTags("Evidence").RequireScope(WriteScope)
            .Accepts<object>("application/json").Produces<ReplayResultResponse>().ProducesErrors(400, 403, 413, 415, 503);
        return routes;
    }
}
