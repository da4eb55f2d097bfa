using JobForge.Domain.Errors;
using JobForge.Server.Errors;

namespace JobForge.Server.Auth;

/// <summary>Requires an authenticated caller holding a scope (any caller when the scope is null): 401 <c>unauthorized</c> without a valid key, 403 <c>forbidden</c> without the scope.</summary>
public sealed class ScopeEndpointFilter(string? scope) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caller = http.GetCaller();
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorResults.Problem(http, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
                "A valid API key is required: send 'Authorization: Bearer <api key>'.");
        }

        if (scope is not null && !caller.HasScope(scope))
        {
            return ErrorResults.Problem(http, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                $"The API key lacks the scope '{scope}'.", new { required_scope = scope });
        }

        return await next(context);
    }
}
