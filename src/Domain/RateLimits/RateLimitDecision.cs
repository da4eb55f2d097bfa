namespace JobForge.Domain.RateLimits;

/// <summary>The outcome of taking a permit, with what the rate-limit headers report.</summary>
/// <param name="Allowed">Whether the request may proceed.</param>
/// <param name="Limit">The limit per window.</param>
/// <param name="Remaining">Permits left in the window (never negative).</param>
/// <param name="ResetAt">When the window resets.</param>
/// <param name="RetryAfter">How long to wait before retrying; zero when allowed.</param>
public sealed record RateLimitDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan RetryAfter);
