namespace JobForge.Application.Auth;

/// <summary>
/// <c>GET /api/v1/me</c>: the calling key's id, tenant and scopes, for any valid key whatever its scopes. A dashboard or
/// CLI reads it once after sign-in to show only what the key may do; the server still checks every call.
/// </summary>
public static class CallerEndpoints
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapCallerEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/me", GetCaller).WithName("GetCaller").WithTags("Auth")
            .RequireAuthenticatedCaller()
            .Produces<CallerResponse>();
        return routes;
    }

    /// <summary>The caller as the authentication middleware found it.</summary>
    public static IResult GetCaller(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.GetCaller()!;
        return TypedResults.Ok(new CallerResponse(caller.KeyId, caller.TenantId, caller.IsAllTenants, caller.Scopes));
    }
}
