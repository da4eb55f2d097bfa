using System.Globalization;
using JobForge.Domain.Audit;
using JobForge.Domain.Errors;
using JobForge.Domain.RateLimits;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;

namespace JobForge.Application.RateLimits;

/// <summary>
/// The rate-limit check an endpoint calls before doing work: nothing while <c>JOBFORGE_RATE_LIMITING_ENABLED</c> is off;
/// otherwise one permit from <see cref="IRateLimiter"/>, the <c>RateLimit-*</c> headers on the response, and on refusal
/// a 429 <c>rate_limited</c> envelope with <c>Retry-After</c> and an audit record (when audit logging is on).
/// </summary>
public static class RateLimitGate
{
    /// <summary>The audit action of a refusal.</summary>
    public const string AuditAction = "rate_limit_hit";

    /// <summary>Null when the request may proceed (headers set); otherwise the 429 result to return.</summary>
    public static async Task<IResult?> CheckAsync(HttpContext context, string tenantId, string? actorId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var services = context.RequestServices;
        var flags = services.GetRequiredService<FeatureFlagsReader>().Current;
        if (!flags.RateLimitingEnabled)
        {
            return null;
        }

        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var decision = await services.GetRequiredService<IRateLimiter>().AcquireAsync(tenantId, actorId, context.RequestAborted);
        var now = time.GetUtcNow();
        var headers = context.Response.Headers;
        headers[RateLimitHeaders.Limit] = Text(decision.Limit);
        headers[RateLimitHeaders.Remaining] = Text(Math.Max(0, decision.Remaining));
        headers[RateLimitHeaders.Reset] = Text(WholeSeconds(decision.ResetAt - now, minimum: 0));
        if (decision.Allowed)
        {
            return null;
        }

        var retryAfter = WholeSeconds(decision.RetryAfter, minimum: 1);
        headers[RateLimitHeaders.RetryAfter] = Text(retryAfter);
        if (flags.AuditLoggingEnabled && services.GetService<IAuditLog>() is { } audit)
        {
            Record(audit, new AuditRecord(
                tenantId, AuditAction, "deny", "rate_limited", now,
                KeyId: context.GetCaller()?.KeyId,
                ActorId: actorId,
                TraceId: ErrorResults.TraceId(context),
                Details: new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["limit"] = Text(decision.Limit),
                    ["path"] = context.Request.Path.Value ?? string.Empty,
                    ["retry_after_seconds"] = Text(retryAfter),
                }));
        }

        return ErrorResults.Problem(context, StatusCodes.Status429TooManyRequests, ErrorType.RateLimited,
            $"Rate limit of {decision.Limit} requests per minute exceeded. Retry after {retryAfter} seconds.",
            new { limit = decision.Limit, retry_after_seconds = retryAfter });
    }

    private static int WholeSeconds(TimeSpan span, int minimum) =>
        Math.Max(minimum, (int)Math.Ceiling(Math.Min(span.TotalSeconds, int.MaxValue)));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A deny must not wait for the audit trail; the audit log logs its own failures.
    private static void Record(IAuditLog audit, AuditRecord record)
    {
        try
        {
            _ = audit.RecordAsync(record).ContinueWith(
                static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _ = ex; // Never thrown into the request (IAuditLog's contract).
        }
    }
}
