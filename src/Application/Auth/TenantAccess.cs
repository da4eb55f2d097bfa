using JobForge.Domain.Errors;
using JobForge.Application.Errors;

namespace JobForge.Application.Auth;

/// <summary>The tenant check endpoints make after <c>.RequireScope(...)</c>: may this caller act for that tenant?</summary>
public static class TenantAccess
{
    /// <summary>
    /// Null when the caller covers <paramref name="tenantId"/>; otherwise 403 <c>forbidden</c> (or 401 <c>unauthorized</c>
    /// when the request has no caller at all).
    /// </summary>
    public static IResult? Check(HttpContext context, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.GetCaller();
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorResults.Problem(context, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
                "A valid API key is required: send 'Authorization: Bearer <api key>'.");
        }

        return caller.CoversTenant(tenantId)
            ? null
            : ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "The API key does not cover this tenant.");
    }
}
