using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Domain.Errors;

namespace JobForge.Server.Mcp;

/// <summary>
/// Guards <c>/api/mcp</c> before the MCP transport sees the request. The API's own key check
/// (<see cref="ApiKeyAuthenticationMiddleware"/>, which covers this path too) has already run: throttled clients got 429,
/// storage trouble 503, and failures were counted and audited as under <c>/api/v1</c>, so the endpoint is no way round
/// the throttle. Here a request without a caller gets 401 <c>unauthorized</c> in the error envelope; an accepted key is
/// kept for the tools (<see cref="McpCallerKey"/>), which call the API with it, where each route's scope and tenant checks apply.
/// </summary>
internal sealed class McpAuthenticationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetCaller() is not null)
        {
            McpCallerKey.Set(context, McpCallerKey.BearerToken(context));
            await next(context);
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await ErrorResults.Problem(context, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
            "A valid API key is required: send 'Authorization: Bearer <api key>'.").ExecuteAsync(context);
    }
}
