using Azure;
using JobForge.Domain.Audit;
using JobForge.Domain.Errors;
using JobForge.Server.Errors;

namespace JobForge.Server.Auth;

/// <summary>
/// Authenticates every request under <c>/api/v1</c> and sets <see cref="CallerHttpContextExtensions.SetCaller"/>.
/// It never answers 401 itself: a request without a valid key simply has no caller, and each route's
/// <c>.RequireScope(...)</c> filter answers 401 (so unknown routes stay 404). Failures are audited without waiting.
/// When storage cannot be read it answers 503 <c>dependency_unavailable</c>.
/// </summary>
public sealed class ApiKeyAuthenticationMiddleware(RequestDelegate next)
{
    /// <summary>The path prefix that is authenticated.</summary>
    public const string ApiPrefix = "/api/v1";

    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context, ApiKeyAuthenticator authenticator, AuthAudit audit, TimeProvider time, ILogger<ApiKeyAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Outside the API, or already authenticated by the host (the Functions binding, a test harness): nothing to do.
        if (!context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase) || context.GetCaller() is not null)
        {
            await next(context);
            return;
        }

        ApiKeyAuthenticationResult result;
        try
        {
            result = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, context.RequestAborted);
        }
        catch (RequestFailedException ex)
        {
            AuthLog.KeyLookupFailed(logger, ex.Status, ex.ErrorCode, ErrorResults.TraceId(context), ex);
            await ErrorResults.Problem(context, StatusCodes.Status503ServiceUnavailable, ErrorType.DependencyUnavailable,
                "API keys cannot be checked right now; retry shortly.").ExecuteAsync(context);
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
            audit.RecordInBackground(new AuditRecord(
                AuditRecord.SystemTenant, "authentication_failed", "deny", result.FailureReason!, time.GetUtcNow(),
                KeyId: result.KeyId, TraceId: traceId,
                Details: new Dictionary<string, string> { ["method"] = context.Request.Method, ["path"] = Shorten(context.Request.Path.Value) }));
        }

        await next(context);
    }

    private static string Shorten(string? path) => path is null ? string.Empty : path.Length <= 200 ? path : path[..200];
}
