using JobForge.Domain.Auth;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;

namespace JobForge.Application.Jobs;

/// <summary>The tenant and run a per-run route (<c>/api/v1/jobs/{run_id}…</c>, <c>/api/v1/runs/{run_id}…</c>) addresses, checked.</summary>
internal static class RunRouteTarget
{
    /// <summary>
    /// The tenant and run a per-run route addresses: the caller's tenant, or <c>?tenant_id=</c> for all-tenant keys;
    /// problems for a malformed id (none for null: a route without one), tenant, or any query parameter outside <c>tenant_id</c> and <paramref name="extra"/>.
    /// </summary>
    public static (string? Tenant, List<ValidationProblem> Problems) Resolve(HttpContext context, string? runId, Caller caller, IReadOnlyCollection<string> extra)
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
