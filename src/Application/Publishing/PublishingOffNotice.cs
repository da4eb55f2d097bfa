namespace JobForge.Application.Publishing;

/// <summary>Stands in for the dispatcher when publishing is off and nothing observes the outbox: says so once at start-up, and leaves the outbox pending.</summary>
public sealed class PublishingOffNotice(ILogger<OutboxDispatcher> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        PublishingLog.PublishingOff(logger);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
