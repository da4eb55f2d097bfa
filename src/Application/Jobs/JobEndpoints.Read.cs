using JobForge.Domain.Errors;
using JobForge.Domain.Runs;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

public static partial class JobEndpoints
{
    /// <summary>
    /// Reads a run of the caller's tenant (an all-tenant key names it with <c>?tenant_id=</c>). Another tenant's run,
    /// or one that does not exist, is 404 alike, so run ids do not leak; a malformed id or query is 400.
    /// <c>?include=outputs</c> adds each step's outputs (bounded, sensitive fields redacted; see <see cref="RunStepOutputs"/>).
    /// </summary>
    public static async Task<IResult> GetAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = RunRouteTarget.Resolve(context, runId, caller, ["include"]);
        var include = context.Request.Query["include"].ToString();
        if (include.Length > 0 && include != "outputs")
        {
            problems.Add(new Domain.Events.ValidationProblem("include", Domain.Events.ValidationProblemCodes.InvalidValue, "include must be 'outputs'"));
        }

        if (problems.Count > 0)
        {
            return ValidationFailed(context, "The request is not valid", problems);
        }

        var run = caller.CoversTenant(tenant!) ? await services.Store.LoadAsync(tenant!, runId, cancellationToken) : null;
        if (run is null)
        {
            return ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, $"There is no run '{runId}' for this tenant.", new { run_id = runId });
        }

        var response = RunResponse.From(run);
        return TypedResults.Ok(include == "outputs" ? RunStepOutputs.Include(response, run) : response);
    }
}
