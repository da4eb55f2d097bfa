using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Triggers;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Triggers;

/// <summary>
/// <c>/api/v1/triggers</c> (scope <c>triggers:admin</c>): create, list, read, PATCH (optionally with <c>If-Match</c>),
/// delete, <c>…/{id}/decisions</c> (newest first, cursor) and <c>…/{id}/test</c> (evaluate now as a dry run). Every
/// request is tenant-checked (a tenant key sees only its tenant; an all-tenant key names one with <c>?tenant_id=</c>)
/// and every change is audited.
/// </summary>
public static partial class TriggerEndpoints
{
    /// <summary>The scope of every trigger route.</summary>
    public const string AdminScope = "triggers:admin";

    /// <summary>The largest trigger body accepted: 16 KiB.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>The most items in one page.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Maps the trigger routes.</summary>
    public static IEndpointRouteBuilder MapTriggerEndpoints(this IEndpointRouteBuilder routes)
    {
        var triggers = routes.MapGroup("/api/v1/triggers").WithTags("Triggers");
        triggers.MapPost("", CreateAsync).WithName("CreateTrigger").RequireScope(AdminScope).Accepts<object>("application/json")
            .Produces<TriggerResponse>(StatusCodes.Status201Created).ProducesErrors(400, 403, 404, 409, 413, 415);
        triggers.MapGet("", ListAsync).WithName("ListTriggers").RequireScope(AdminScope).Produces<TriggerListResponse>().ProducesErrors(400, 403);
        triggers.MapGet("/{id}", GetAsync).WithName("GetTrigger").RequireScope(AdminScope).Produces<TriggerResponse>().ProducesErrors(400, 403, 404);
        triggers.MapPatch("/{id}", PatchAsync).WithName("UpdateTrigger").RequireScope(AdminScope).Accepts<object>("application/json")
            .Produces<TriggerResponse>().ProducesErrors(400, 403, 404, 409, 412, 413, 415);
        triggers.MapDelete("/{id}", DeleteAsync).WithName("DeleteTrigger").RequireScope(AdminScope).Produces(StatusCodes.Status204NoContent).ProducesErrors(400, 403, 404);
        triggers.MapGet("/{id}/decisions", DecisionsAsync).WithName("ListTriggerDecisions").RequireScope(AdminScope)
            .Produces<TriggerDecisionListResponse>().ProducesErrors(400, 403, 404);
        triggers.MapPost("/{id}/test", TestAsync).WithName("TestTrigger").RequireScope(AdminScope)
            .Produces<TriggerDecisionResponse>().ProducesErrors(400, 403, 404);
        return routes;
    }

    // The tenant a read or change of an existing trigger is about: the key's own, or ?tenant_id= for all-tenant keys.
    private static (string? Tenant, IResult? Error) Tenant(HttpContext context, TriggerEndpointServices services, string action)
    {
        var caller = context.GetCaller()!;
        var query = context.Request.Query;
        var given = query.TryGetValue("tenant_id", out var value) ? value.ToString() : null;
        var tenant = given ?? caller.TenantId;
        if (tenant is null || !StorageSafeId.IsValid(tenant, StorageSafeId.MaxScopeIdLength))
        {
            return (null, Invalid(context, "tenant_id", tenant is null ? "tenant_id is required for all-tenant keys" : "tenant_id is not a valid id"));
        }

        if (!caller.CoversTenant(tenant))
        {
            services.Audit.Record(context, caller.TenantId, action, "deny", "tenant_not_covered", new Dictionary<string, string> { ["tenant_id"] = tenant });
            return (null, ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "The API key does not cover this tenant; use a key issued for it.", new { tenant_id = tenant }));
        }

        return (tenant, null);
    }

    private static bool ValidId(string id) => StorageSafeId.IsValid(id, TriggerRequestParser.MaxIdLength);

    private static IResult NotFound(HttpContext context, string id) =>
        ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, "There is no such trigger for this tenant.",
            new { id = id.Length > 64 ? id[..64] : id });

    private static IResult Invalid(HttpContext context, string path, string message) =>
        ValidationFailed(context, "The request is not valid", [new ValidationProblem(path, ValidationProblemCodes.InvalidValue, message)]);

    private static IResult ValidationFailed(HttpContext context, string message, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.ValidationFailed(context, message, problems);

    private static (string? Cursor, int Limit, IResult? Error) Paging(HttpContext context, params string[] known)
    {
        var query = context.Request.Query;
        foreach (var name in query.Keys.Where(n => n is not ("cursor" or "limit" or "tenant_id") && !known.Contains(n)))
        {
            return (null, 0, Invalid(context, name.Length > 64 ? name[..64] : name, "not a parameter here; known: tenant_id, cursor, limit"));
        }

        var limit = 50;
        if (query.TryGetValue("limit", out var text) && (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxPageSize))
        {
            return (null, 0, Invalid(context, "limit", $"limit must be a whole number from 1 to {MaxPageSize}"));
        }

        var cursor = query.TryGetValue("cursor", out var c) ? c.ToString() : null;
        return cursor is { Length: > 2048 } ? (null, 0, Invalid(context, "cursor", "the cursor is not valid")) : (cursor, limit, null);
    }
}
