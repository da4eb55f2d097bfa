namespace JobForge.Application.Publishing;

/// <summary>What one <see cref="OutboxDispatcher.TickAsync"/> did.</summary>
/// <param name="Published">Messages the publisher accepted this tick.</param>
/// <param name="Completed">Entries marked published in the outbox this tick.</param>
/// <param name="Polled">Whether the tick polled the outbox for pending entries.</param>
/// <param name="RetryAt">When set, the dispatcher is backing off after a failure and publishes nothing before then.</param>
/// <param name="Rejected">Entries the publisher rejected as unpublishable (left pending, not retried by this process).</param>
public sealed record OutboxTickResult(int Published, int Completed, bool Polled, DateTimeOffset? RetryAt, int Rejected = 0)
{
    /// <summary>A tick that found nothing to do.</summary>
    public static OutboxTickResult Idle(bool polled) => new(0, 0, polled, null);

    /// <summary>A tick skipped because the dispatcher is backing off until <paramref name="retryAt"/>.</summary>
    public static OutboxTickResult Waiting(DateTimeOffset retryAt) => new(0, 0, false, retryAt);
}
