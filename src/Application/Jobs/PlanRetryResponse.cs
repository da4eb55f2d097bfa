namespace JobForge.Application.Jobs;

/// <summary>A planned step's retry policy on the wire.</summary>
/// <param name="MaxAttempts">Attempts in all.</param>
/// <param name="FirstInterval">The wait before the second attempt.</param>
/// <param name="Backoff">The factor each wait grows by.</param>
/// <param name="MaxInterval">The longest wait.</param>
public sealed record PlanRetryResponse(int MaxAttempts, string FirstInterval, double Backoff, string MaxInterval);
