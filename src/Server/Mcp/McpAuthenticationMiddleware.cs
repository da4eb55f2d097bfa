using System.Globalization;
using Azure;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Domain.Audit;
using JobForge.Domain.Errors;

namespace JobForge.Server.Mcp;

/// <summary>
/// Guards <c>/api/mcp</c> with the API's own key check, before the MCP transport sees the request: a client throttled
/// for failing too often gets 429 <c>rate_limited</c>; no key or a bad key gets 401 <c>unauthorized</c> in the error
/// envelope (failures counted by <see cref="FailedAuthenticationThrottle"/> and audited, as under <c>/api/v1</c>, so the
/// endpoint is no way round the throttle); storage trouble gets 503. An accepted key is kept for the tools
/// (<see cref="McpCallerKey"/>), which call the API with it, where each route's scope and tenant checks apply.
/// </summary>
internal sealed class McpAuthenticationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(
        HttpContext context, ApiKeyAuthenticator authenticator, FailedAuthenticationThrottle throttle, AuthAudit audit, TimeProvider time,
        ILogger<McpAuthenticationMiddleware> logger)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(client) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ErrorResults.Problem(context, StatusCodes.Status429TooManyRequests, ErrorType.RateLimited,
                $"Too many failed authentications from this client. Retry after {seconds} seconds.", new { retry_after_seconds = seconds }).ExecuteAsync(context);
            return;
        }

        ApiKeyAuthenticationResult result;
        try
        {
            result = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, context.RequestAborted);
        }
        catch (RequestFailedException ex)
        {
            McpLog.KeyLookupFailed(logger, ex.Status, ex.ErrorCode, ErrorResults.TraceId(context), ex);
            await ErrorResults.Problem(context, StatusCodes.Status503ServiceUnavailable, ErrorType.DependencyUnavailable,
                "API keys cannot be checked right now; retry shortly.").ExecuteAsync(context);
            return;
        }

        if (result.Caller is { } caller)
        {
            context.SetCaller(caller);
            McpCallerKey.Set(context, McpCallerKey.BearerToken(context));
            await next(context);
            return;
        }

        Refuse(context, result, client, throttle, audit, time, logger);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await ErrorResults.Problem(context, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
            "A valid API key is required: send 'Authorization: Bearer <api key>'.").ExecuteAsync(context);
    }

    private static void Refuse(
        HttpContext context, ApiKeyAuthenticationResult result, string client, FailedAuthenticationThrottle throttle, AuthAudit audit, TimeProvider time, ILogger logger)
    {
        var traceId = ErrorResults.TraceId(context);
        McpLog.AuthenticationFailed(logger, result.FailureReason!, result.KeyId, traceId);
        var attempt = result.FailureReason == AuthenticationFailureReasons.MissingKey
            ? new FailedAttempt(0, AuditThis: true, Throttled: false)
            : throttle.RecordFailure(client, result.FailureReason + "|" + result.KeyId);
        if (attempt.AuditThis)
        {
            audit.RecordInBackground(new AuditRecord(
                AuditRecord.SystemTenant, "authentication_failed", "deny", result.FailureReason!, time.GetUtcNow(), KeyId: result.KeyId, TraceId: traceId,
                Details: new Dictionary<string, string> { ["method"] = context.Request.Method, ["path"] = McpEndpoints.Path }));
        }

        if (attempt.Throttled)
        {
            McpLog.ClientThrottled(logger, client, attempt.Failures);
            audit.RecordInBackground(new AuditRecord(
                AuditRecord.SystemTenant, ApiKeyAuthenticationMiddleware.ThrottledAuditAction, "deny", "too_many_failures", time.GetUtcNow(), TraceId: traceId,
                Details: new Dictionary<string, string> { ["client"] = client, ["failures"] = attempt.Failures.ToString(CultureInfo.InvariantCulture) }));
        }
    }
}
