using JobForge.Server.Auth;
using JobForge.Server.Errors;

namespace JobForge.Server.Jobs;

/// <summary>
/// <c>POST /api/v1/jobs</c> (scope <c>jobs:write</c>) requests a job, <c>GET /api/v1/jobs/{run_id}</c> (scope
/// <c>jobs:read</c>) reads a run. Handlers are host-neutral static methods over <see cref="HttpContext"/>.
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
            .ProducesErrors(400, 403, 404, 409, 413, 415);
        jobs.MapGet("/{run_id}", GetAsync)
            .WithName("GetJobRun")
            .RequireScope(ReadScope)
            .Produces<RunResponse>()
            .ProducesErrors(400, 404);
        return routes;
    }
}
