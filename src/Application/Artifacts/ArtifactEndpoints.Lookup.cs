using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Artifacts;

public static partial class ArtifactEndpoints
{
    /// <summary>
    /// The caller's run <paramref name="runId"/> (an all-tenant key names the tenant with <c>?tenant_id=</c>): 400 for a
    /// malformed id or an unknown query parameter, 404 alike for a missing run and another tenant's.
    /// </summary>
    private static async Task<(Run? Run, IResult? Error)> FindRunAsync(
        HttpContext context, string runId, ArtifactEndpointServices services, IReadOnlyCollection<string> parameters, CancellationToken cancellationToken)
    {
        var caller = context.GetCaller()!;
        var (tenant, problems) = Jobs.RunRouteTarget.Resolve(context, runId, caller, parameters);
        if (problems.Count > 0)
        {
            return (null, Invalid(context, "The request is not valid", problems));
        }

        var run = caller.CoversTenant(tenant!) ? await services.Runs.GetAsync(tenant!, runId, cancellationToken) : null;
        return run is null ? (null, RunNotFound(context, runId)) : (run, null);
    }

    private static IResult Invalid(HttpContext context, string message, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, message, problems);

    private static IResult RunNotFound(HttpContext context, string runId) =>
        ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, "There is no run with this id for this tenant.",
            new { run_id = RunId.IsValid(runId) ? runId : null });

    private static IResult ArtifactNotFound(HttpContext context, string name) =>
        ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, $"The run has no artifact '{name}'.", new { name });

    private static void NoSniff(HttpContext context) => context.Response.Headers.XContentTypeOptions = "nosniff";
}
