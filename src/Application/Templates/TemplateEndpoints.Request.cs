using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Templates;

public static partial class TemplateEndpoints
{
    /// <summary>
    /// The tenant a request is for: <c>tenant_id</c>, else the caller's tenant. 400 for unknown or malformed parameters
    /// (every problem listed), 403 when the caller does not cover the tenant.
    /// </summary>
    private static IResult? ResolveTenant(HttpContext context, IReadOnlyList<string> allowed, out string tenantId)
    {
        tenantId = "";
        var caller = context.GetCaller()!;
        var problems = new List<ValidationProblem>();
        foreach (var name in context.Request.Query.Keys)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                problems.Add(new ValidationProblem(name.Length > 64 ? name[..64] + "…" : name, ValidationProblemCodes.UnknownField,
                    "not a parameter here; known: " + string.Join(", ", allowed)));
            }
        }

        var query = context.Request.Query;
        var tenant = query.TryGetValue("tenant_id", out var given) ? given.ToString() : caller.TenantId;
        if (string.IsNullOrEmpty(tenant))
        {
            problems.Add(new ValidationProblem("tenant_id", ValidationProblemCodes.Required, "tenant_id is required for all-tenant keys"));
        }
        else if (!StorageSafeId.IsValid(tenant, StorageSafeId.MaxScopeIdLength))
        {
            problems.Add(new ValidationProblem("tenant_id", ValidationProblemCodes.InvalidFormat, "tenant_id must be 1-64 of " + StorageSafeId.AllowedCharactersDescription));
        }

        if (query.TryGetValue("version", out var version) && !SemanticVersion.IsValid(version.ToString()))
        {
            problems.Add(new ValidationProblem("version", ValidationProblemCodes.InvalidFormat, "version must be a SemVer version such as 1.0.0"));
        }

        if (problems.Count > 0)
        {
            return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "The request is not valid.", problems);
        }

        tenantId = tenant!;
        return TenantAccess.Check(context, tenantId);
    }

    private static IResult NotFound(HttpContext context, string key) =>
        ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound,
            $"There is no template '{(key.Length > 128 ? key[..128] + "…" : key)}'.");
}
