namespace JobForge.Domain.Runs;

/// <summary>
/// How a step is retried: at most <see cref="MaxAttempts"/> attempts; the wait before attempt n+1 is
/// <c>FirstInterval × Backoff^(n-1)</c>, capped at <see cref="MaxInterval"/>, spread by jitter (see <c>RetryDelay</c>).
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>A validated policy; throws <see cref="ArgumentOutOfRangeException"/> for values out of range.</summary>
    public RetryPolicy(int maxAttempts, TimeSpan firstInterval, double backoff, TimeSpan maxInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxAttempts, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoff, 1.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(backoff, 10.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInterval, firstInterval);
        MaxAttempts = maxAttempts;
        FirstInterval = firstInterval;
        Backoff = backoff;
        MaxInterval = maxInterval;
    }

    /// <summary>The defaults: 3 attempts, 1 s, ×2, at most 5 minutes.</summary>
    public static RetryPolicy Default { get; } = new(3, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromMinutes(5));

    /// <summary>Attempts in all (1 = no retry).</summary>
    public int MaxAttempts { get; }

    /// <summary>The wait before the second attempt.</summary>
    public TimeSpan FirstInterval { get; }

    /// <summary>The factor each wait grows by.</summary>
    public double Backoff { get; }

    /// <summary>The longest wait.</summary>
    public TimeSpan MaxInterval { get; }
}
