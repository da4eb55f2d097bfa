using JobForge.Domain.Errors;
using JobForge.Application.Errors;

namespace JobForge.Application.Auth;

/// <summary>
/// Requires an authenticated caller holding at least one of <paramref name="anyOf"/> (any caller when it is empty):
/// 401 <c>unauthorized</c> without a valid key, 403 <c>forbidden</c> naming the scope(s) otherwise.
/// </summary>
public sealed class ScopeEndpointFilter(params IReadOnlyList<string> anyOf) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var caller = http.GetCaller();
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorResults.Problem(http, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
                "A valid API key is required: send 'Authorization: Bearer <api key>'.");
        }

        if (anyOf.Count > 0 && !anyOf.Any(caller.HasScope))
        {
            return anyOf.Count == 1
                ? ErrorResults.Problem(http, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    $"The API key lacks the scope '{anyOf[0]}'.", new { required_scope = anyOf[0] })
                : ErrorResults.Problem(http, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    $"The API key needs one of the scopes {string.Join(", ", anyOf)}.", new { required_scopes = anyOf });
        }

        return await next(context);
    }
}
