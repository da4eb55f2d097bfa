namespace JobForge.Application.Triggers;

/// <summary>Stands in for the scheduler when <c>JobForge:Triggers:Scheduler:Enabled</c> is false: this server never fires cron triggers.</summary>
public sealed class TriggerSchedulerOffNotice : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
