using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

/// <summary>
/// <c>POST /api/v1/jobs</c> (scope <c>jobs:write</c>) requests a job, <c>GET /api/v1/jobs/{run_id}</c> (scope
/// <c>jobs:read</c>) reads a run, <c>GET /api/v1/jobs</c> lists them and <c>GET /api/v1/jobs/summary</c> counts them; <c>…/approve</c>, <c>…/reject</c> (scope
/// <c>jobs:approve</c>), <c>…/cancel</c> and <c>…/rollback</c> (scope <c>jobs:write</c>) send the run a signal. Handlers are host-neutral static methods over <see cref="HttpContext"/>.
/// </summary>
public static partial class JobEndpoints
{
    /// <summary>The largest job request body accepted: 256 KiB.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>The scope that requests jobs.</summary>
    public const string WriteScope = "jobs:write";

    /// <summary>The scope that reads runs.</summary>
    public const string ReadScope = "jobs:read";

    /// <summary>Maps the job routes.</summary>
    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder routes)
    {
        var jobs = routes.MapGroup("/api/v1/jobs").WithTags("Jobs");
        jobs.MapPost("", RequestAsync)
            .WithName("RequestJob")
            .RequireScope(WriteScope)
            .Accepts<object>("application/json")
            .Produces<JobAcceptedResponse>(StatusCodes.Status202Accepted)
            .Produces<JobAcceptedResponse>(StatusCodes.Status200OK)
            .Produces<JobDryRunResponse>(StatusCodes.Status200OK)
            .ProducesErrors(400, 403, 404, 409, 413, 415, 503);
        jobs.MapGet("", ListAsync)
            .WithName("ListJobRuns")
            .RequireScope(ReadScope)
            .Produces<RunListResponse>()
            .ProducesErrors(400, 403);
        jobs.MapGet("/summary", SummaryAsync)
            .WithName("SummarizeJobRuns")
            .RequireScope(ReadScope)
            .Produces<RunSummaryResponse>()
            .ProducesErrors(400, 403);
        jobs.MapGet("/{run_id}", GetAsync)
            .WithName("GetJobRun")
            .RequireScope(ReadScope)
            .Produces<RunResponse>()
            .ProducesErrors(400, 404);
        MapDecision(jobs, "/{run_id}/approve", ApproveAsync, "ApproveJobRun", ApproveScope);
        MapDecision(jobs, "/{run_id}/reject", RejectAsync, "RejectJobRun", ApproveScope);
        MapDecision(jobs, "/{run_id}/cancel", CancelAsync, "CancelJobRun", WriteScope);
        MapDecision(jobs, "/{run_id}/rollback", RollbackAsync, "RollbackJobRun", WriteScope);
        return routes;
    }

    private static void MapDecision(RouteGroupBuilder jobs, string pattern, Delegate handler, string name, string scope) =>
        jobs.MapPost(pattern, handler)
            .WithName(name)
            .RequireScope(scope)
            .Accepts<RunDecisionRequest>("application/json")
            .Produces<RunDecisionResponse>(StatusCodes.Status202Accepted)
            .ProducesErrors(400, 403, 404, 409, 413, 415);
}
