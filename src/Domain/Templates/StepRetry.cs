namespace JobForge.Domain.Templates;

/// <summary>A step's retry policy (<c>retry: {max_attempts, first_interval, backoff, max_interval}</c>).</summary>
/// <param name="MaxAttempts">Attempts in all, 1–10 (default 3).</param>
/// <param name="FirstInterval">The wait before the second attempt (default 1s).</param>
/// <param name="Backoff">The factor each wait grows by, 1–10 (default 2).</param>
/// <param name="MaxInterval">The longest wait (default 5m); at least <paramref name="FirstInterval"/>.</param>
public sealed record StepRetry(int MaxAttempts, TimeSpan FirstInterval, double Backoff, TimeSpan MaxInterval)
{
    /// <summary>The policy used for fields a template leaves out.</summary>
    public static StepRetry Default { get; } = new(3, TimeSpan.FromSeconds(1), 2, TimeSpan.FromMinutes(5));
}
