namespace JobForge.Application.RateLimits;

/// <summary>The response headers the rate limit sets (IETF draft <c>RateLimit</c> fields, plus <c>Retry-After</c> on 429).</summary>
public static class RateLimitHeaders
{
    /// <summary>The limit per window.</summary>
    public const string Limit = "RateLimit-Limit";

    /// <summary>Permits left in the window.</summary>
    public const string Remaining = "RateLimit-Remaining";

    /// <summary>Whole seconds until the window resets.</summary>
    public const string Reset = "RateLimit-Reset";

    /// <summary>Whole seconds (at least 1) to wait before retrying a refused request.</summary>
    public const string RetryAfter = "Retry-After";
}
