namespace JobForge.Server.Publishing;

/// <summary>Stands in for the dispatcher when publishing is off: says so once at start-up, and leaves the outbox pending.</summary>
internal sealed class PublishingOffNotice(ILogger<OutboxDispatcher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        PublishingLog.PublishingOff(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
