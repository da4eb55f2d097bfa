using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

/// <summary>
/// Live run updates as server-sent events (scope <c>jobs:read</c>): <c>GET /api/v1/jobs/{run_id}/stream</c> for one run
/// and <c>GET /api/v1/jobs/stream?tenant_id=</c> for every run of a tenant. Every event is a whole run as
/// <c>GET /api/v1/jobs/{run_id}</c> shows it; ids resume with <c>Last-Event-ID</c>. Host-neutral: the handlers poll the
/// run store (see <see cref="RunStreamOptions"/> for the cost) and need nothing but an unbuffered response.
/// </summary>
public static partial class RunStreamEndpoints
{
    /// <summary>The media type of the streams.</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>Maps the stream routes.</summary>
    public static IEndpointRouteBuilder MapRunStreamEndpoints(this IEndpointRouteBuilder routes)
    {
        var jobs = routes.MapGroup("/api/v1/jobs").WithTags("Jobs");
        jobs.MapGet("/stream", StreamTenantAsync)
            .WithName("StreamTenantJobRuns")
            .RequireScope(JobEndpoints.ReadScope)
            .Produces<RunResponse>(StatusCodes.Status200OK, EventStream)
            .ProducesErrors(400, 403);
        jobs.MapGet("/{run_id}/stream", StreamRunAsync)
            .WithName("StreamJobRun")
            .RequireScope(JobEndpoints.ReadScope)
            .Produces<RunResponse>(StatusCodes.Status200OK, EventStream)
            .ProducesErrors(400, 404);
        return routes;
    }

    private static string LastEventId(HttpContext context) => context.Request.Headers["Last-Event-ID"].ToString();
}
