using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Server.Auth;
using JobForge.Server.Errors;

namespace JobForge.Server.Jobs;

public static partial class JobEndpoints
{
    /// <summary>
    /// Reads a run of the caller's tenant (an all-tenant key names it with <c>?tenant_id=</c>). Another tenant's run,
    /// or one that does not exist, is 404 alike, so run ids do not leak; a malformed id or query is 400.
    /// </summary>
    public static async Task<IResult> GetAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] JobEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var query = context.Request.Query;
        var problems = new List<ValidationProblem>();
        foreach (var name in query.Keys.Where(name => name != "tenant_id"))
        {
            problems.Add(new ValidationProblem(name.Length > 64 ? name[..64] + "…" : name, ValidationProblemCodes.UnknownField, "not a parameter here; known: tenant_id"));
        }

        var tenant = query.TryGetValue("tenant_id", out var given) ? given.ToString() : caller.TenantId;
        if (string.IsNullOrEmpty(tenant))
        {
            problems.Add(new ValidationProblem("tenant_id", ValidationProblemCodes.Required, "tenant_id is required for all-tenant keys"));
        }
        else if (!StorageSafeId.IsValid(tenant, StorageSafeId.MaxScopeIdLength))
        {
            problems.Add(new ValidationProblem("tenant_id", ValidationProblemCodes.InvalidFormat, "tenant_id must be 1-64 of " + StorageSafeId.AllowedCharactersDescription));
        }

        if (!RunId.IsValid(runId))
        {
            problems.Add(new ValidationProblem("run_id", ValidationProblemCodes.InvalidFormat, "a run id is 'run_' followed by 32 lowercase hex digits"));
        }

        if (problems.Count > 0)
        {
            return ValidationFailed(context, "The request is not valid", problems);
        }

        var run = caller.CoversTenant(tenant!) ? await services.Runs.GetAsync(tenant!, runId, cancellationToken) : null;
        return run is null
            ? ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, $"There is no run '{runId}' for this tenant.", new { run_id = runId })
            : TypedResults.Ok(RunResponse.From(run));
    }
}
