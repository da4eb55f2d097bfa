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
    public static async Task<IResult> GetAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = Target(context, runId, caller, []);
        if (problems.Count > 0)
        {
            return ValidationFailed(context, "The request is not valid", problems);
        }

        var run = caller.CoversTenant(tenant!) ? await services.Store.LoadAsync(tenant!, runId, cancellationToken) : null;
        return run is null
            ? ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, $"There is no run '{runId}' for this tenant.", new { run_id = runId })
            : TypedResults.Ok(RunResponse.From(run));
    }

    /// <summary>
    /// The tenant and run a per-run route addresses: the caller's tenant, or <c>?tenant_id=</c> for all-tenant keys;
    /// problems for a malformed id, tenant, or any query parameter outside <c>tenant_id</c> and <paramref name="extra"/>.
    /// </summary>
    internal static (string? Tenant, List<ValidationProblem> Problems) Target(HttpContext context, string runId, Domain.Auth.Caller caller, IReadOnlyCollection<string> extra)
    {
        var query = context.Request.Query;
        var problems = new List<ValidationProblem>();
        foreach (var name in query.Keys.Where(name => name != "tenant_id" && !extra.Contains(name)))
        {
            problems.Add(new ValidationProblem(name.Length > 64 ? name[..64] + "…" : name, ValidationProblemCodes.UnknownField,
                "not a parameter here; known: " + string.Join(", ", new[] { "tenant_id" }.Concat(extra))));
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

        if (runId is not null && !RunId.IsValid(runId))
        {
            problems.Add(new ValidationProblem("run_id", ValidationProblemCodes.InvalidFormat, "a run id is 'run_' followed by 32 lowercase hex digits"));
        }

        return (tenant, problems);
    }
}
