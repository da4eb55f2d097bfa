using JobForge.Domain.Auth;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Errors;

namespace JobForge.Application.Auth;

/// <summary>
/// Operator endpoints for API keys, all requiring scope <c>admin</c>. An all-tenant admin manages every key; an admin
/// key of one tenant manages only that tenant's keys (others are 403 on create and list, 404 on read and revoke) and
/// can grant only scopes it holds itself, so no key can mint a more powerful one.
/// </summary>
public static partial class ApiKeyEndpoints
{
    /// <summary>Maps <c>/api/v1/api-keys</c>.</summary>
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder routes)
    {
        var keys = routes.MapGroup("/api/v1/api-keys");
        keys.MapPost("/", CreateKey).WithName("CreateApiKey").RequireScope(ApiKeyScopes.Admin)
            .Produces<ApiKeyCreatedView>(StatusCodes.Status201Created).ProducesErrors(400, 413, 415);
        keys.MapGet("/", ListKeys).WithName("ListApiKeys").RequireScope(ApiKeyScopes.Admin).Produces<ApiKeyListView>().ProducesErrors(400);
        keys.MapGet("/{key_id}", GetKey).WithName("GetApiKey").RequireScope(ApiKeyScopes.Admin).Produces<ApiKeyView>().ProducesErrors(404);
        keys.MapPost("/{key_id}/revoke", RevokeKey).WithName("RevokeApiKey").RequireScope(ApiKeyScopes.Admin).Produces<ApiKeyView>().ProducesErrors(404);
        keys.MapDelete("/{key_id}", RevokeKey).WithName("DeleteApiKey").RequireScope(ApiKeyScopes.Admin).Produces<ApiKeyView>().ProducesErrors(404);
        return routes;
    }

    /// <summary><c>GET /api/v1/api-keys[?tenant_id=…]</c>: keys without secrets; <c>tenant_id=*</c> lists all-tenant keys.</summary>
    public static async Task<IResult> ListKeys(HttpContext context, [AsParameters] ApiKeyEndpointServices services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var query = context.Request.Query["tenant_id"];
        string? tenant = null;
        if (query.Count > 1 || (query.Count == 1 && !IsTenantText(query[0])))
        {
            return ValidationFailed(context, [new ValidationProblem("tenant_id", ValidationProblemCodes.InvalidFormat,
                $"'tenant_id' must be given once, as '*' or 1 to {StorageSafeId.MaxScopeIdLength} of {StorageSafeId.AllowedCharactersDescription}")]);
        }

        if (query.Count == 1)
        {
            tenant = query[0];
        }

        if (!caller.IsAllTenants)
        {
            if (tenant is not null && tenant != caller.TenantId)
            {
                return Forbidden(context, "The API key may list only its own tenant's keys.");
            }

            tenant = caller.TenantId;
        }

        var records = await services.Store.ListAsync(tenant, context.RequestAborted);
        return TypedResults.Ok(new ApiKeyListView(records.Select(ApiKeyView.From).ToList()));
    }

    /// <summary><c>GET /api/v1/api-keys/{key_id}</c>: one key without its secret; 404 when unknown or not visible.</summary>
    public static async Task<IResult> GetKey(HttpContext context, string key_id, [AsParameters] ApiKeyEndpointServices services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var record = await FindVisibleAsync(context, key_id, services);
        return record is null ? KeyNotFound(context) : TypedResults.Ok(ApiKeyView.From(record));
    }

    private static async Task<ApiKeyRecord?> FindVisibleAsync(HttpContext context, string keyId, ApiKeyEndpointServices services)
    {
        if (!ApiKeyToken.IsKeyId(keyId))
        {
            return null;
        }

        var record = await services.Store.GetAsync(keyId, context.RequestAborted);
        var caller = context.GetCaller()!;
        return record is not null && (caller.IsAllTenants || string.Equals(record.TenantId, caller.TenantId, StringComparison.Ordinal))
            ? record
            : null;
    }

    private static bool IsTenantText(string? text) =>
        text == ApiKeyRecord.AllTenants || StorageSafeId.IsValid(text, StorageSafeId.MaxScopeIdLength);

    private static IResult ValidationFailed(HttpContext context, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "The request is invalid; see details.", problems);

    private static IResult Forbidden(HttpContext context, string message, object? details = null) =>
        ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden, message, details);

    private static IResult KeyNotFound(HttpContext context) =>
        ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, "No such API key.");
}
