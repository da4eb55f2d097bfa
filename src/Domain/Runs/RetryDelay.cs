namespace JobForge.Domain.Runs;

/// <summary>
/// The wait before the next attempt. With <c>n</c> the attempt that just failed (1 for the first):
/// <c>base = min(FirstInterval × Backoff^(n-1), MaxInterval)</c>; jitter <c>j</c> in [0, 1) spreads it by ±20 %:
/// <c>delay = min(base × (0.8 + 0.4 × j), MaxInterval)</c>; then <c>max(delay, retryAfter)</c>, so a callee's
/// <c>Retry-After</c> is always honoured (even above <see cref="RetryPolicy.MaxInterval"/>). Jitter outside [0, 1) (or NaN)
/// is clamped. Pure: the same arguments give the same delay.
/// </summary>
public static class RetryDelay
{
    /// <summary>The spread jitter adds on either side of the base delay.</summary>
    public const double Spread = 0.2;

    /// <summary>The delay after attempt <paramref name="failedAttempt"/> (1 or more) failed.</summary>
    public static TimeSpan Compute(RetryPolicy policy, int failedAttempt, double jitter, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        var j = double.IsNaN(jitter) ? 0 : Math.Clamp(jitter, 0, 1);
        var maxMs = policy.MaxInterval.TotalMilliseconds;
        var baseMs = Math.Min(policy.FirstInterval.TotalMilliseconds * Math.Pow(policy.Backoff, failedAttempt - 1), maxMs);
        var delayMs = Math.Min(baseMs * (1 - Spread + (2 * Spread * j)), maxMs);
        var delay = TimeSpan.FromMilliseconds(Math.Round(delayMs));
        return retryAfter is { } after && after > delay ? after : delay;
    }
}
