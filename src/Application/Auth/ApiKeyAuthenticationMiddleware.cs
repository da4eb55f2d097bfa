using System.Globalization;
using Azure;
using JobForge.Domain.Audit;
using JobForge.Domain.Errors;
using JobForge.Application.Errors;

namespace JobForge.Application.Auth;

/// <summary>
/// Authenticates every request under <c>/api/v1</c> (and the self-hosted server's <c>/api/mcp</c>) and sets <see cref="CallerHttpContextExtensions.SetCaller"/>.
/// It never answers 401 itself: a request without a valid key simply has no caller, and each route's
/// <c>.RequireScope(...)</c> filter answers 401 (so unknown routes stay 404). Failures are audited without waiting.
/// When storage cannot be read it answers 503 <c>dependency_unavailable</c>. A client that failed too often
/// (<see cref="FailedAuthenticationThrottle"/>) gets 429 <c>rate_limited</c> with <c>Retry-After</c> for every request
/// until its window ends; repeated failures are audited once per kind, plus one <c>authentication_throttled</c> record.
/// </summary>
public sealed class ApiKeyAuthenticationMiddleware(RequestDelegate next)
{
    /// <summary>The audit action written once when a client is throttled for failing too often.</summary>
    public const string ThrottledAuditAction = "authentication_throttled";

    /// <summary>The path prefix that is authenticated.</summary>
    public const string ApiPrefix = "/api/v1";

    /// <summary>The MCP endpoint's prefix, authenticated the same way (its own guard answers 401 when there is no caller).</summary>
    public const string McpPrefix = "/api/mcp";

    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(
        HttpContext context, ApiKeyAuthenticator authenticator, FailedAuthenticationThrottle throttle, AuthAudit audit, TimeProvider time,
        ILogger<ApiKeyAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Outside the API, or already authenticated by the host (the Functions binding, a test harness): nothing to do.
        var path = context.Request.Path;
        if (!(path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(McpPrefix, StringComparison.OrdinalIgnoreCase))
            || context.GetCaller() is not null)
        {
            await next(context);
            return;
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(client) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ErrorResults.Problem(context, StatusCodes.Status429TooManyRequests, ErrorType.RateLimited,
                $"Too many failed authentications from this client. Retry after {seconds} seconds.",
                new { retry_after_seconds = seconds }).ExecuteAsync(context);
            return;
        }

        ApiKeyAuthenticationResult result;
        try
        {
            result = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, context.RequestAborted);
        }
        catch (Exception ex) when (ex is RequestFailedException || StorageOutage.Is(ex))
        {
            var failed = ex as RequestFailedException;
            AuthLog.KeyLookupFailed(logger, failed?.Status ?? 0, failed?.ErrorCode, ErrorResults.TraceId(context), ex);
            context.Response.Headers.RetryAfter = StorageOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await ErrorResults.Problem(context, StatusCodes.Status503ServiceUnavailable, ErrorType.DependencyUnavailable,
                "API keys cannot be checked right now; retry shortly.", new { retry_after_seconds = StorageOutage.RetryAfterSeconds }).ExecuteAsync(context);
            return;
        }

        if (result.Caller is { } caller)
        {
            context.SetCaller(caller);
        }
        else
        {
            var traceId = ErrorResults.TraceId(context);
            AuthLog.AuthenticationFailed(logger, result.FailureReason!, result.KeyId, traceId);
            // A request without a key is not a guess; every other failure counts, and repeats are audited once.
            var attempt = result.FailureReason == AuthenticationFailureReasons.MissingKey
                ? new FailedAttempt(0, AuditThis: true, Throttled: false)
                : throttle.RecordFailure(client, result.FailureReason + "|" + result.KeyId);
            if (attempt.AuditThis)
            {
                audit.RecordInBackground(new AuditRecord(
                    AuditRecord.SystemTenant, "authentication_failed", "deny", result.FailureReason!, time.GetUtcNow(),
                    KeyId: result.KeyId, TraceId: traceId,
                    Details: new Dictionary<string, string> { ["method"] = context.Request.Method, ["path"] = Shorten(context.Request.Path.Value) }));
            }

            if (attempt.Throttled)
            {
                AuthLog.ClientThrottled(logger, client, attempt.Failures);
                audit.RecordInBackground(new AuditRecord(
                    AuditRecord.SystemTenant, ThrottledAuditAction, "deny", "too_many_failures", time.GetUtcNow(), TraceId: traceId,
                    Details: new Dictionary<string, string>
                    {
                        ["client"] = client,
                        ["failures"] = attempt.Failures.ToString(CultureInfo.InvariantCulture),
                    }));
            }
        }

        await next(context);
    }

    private static string Shorten(string? path) => path is null ? string.Empty : path.Length <= 200 ? path : path[..200];
}
