using JobForge.Domain.Events;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Events;

/// <summary>
/// Deletes events whose retention ended (and their dedupe and index rows): a thin loop around <see cref="TickAsync"/>,
/// timed by <see cref="TimeProvider"/>. Several servers may sweep at once; deletes are idempotent.
/// </summary>
public sealed class EventRetentionSweeper(
    IEventStore store, TimeProvider time, IOptions<EventsOptions> options, ILogger<EventRetentionSweeper> logger) : BackgroundService
{
    private const int PageSize = 1000;

    /// <summary>One sweep: deletes expired events in pages until none are left; returns how many were deleted.</summary>
    public async Task<int> TickAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await store.DeleteExpiredAsync(now, PageSize, cancellationToken);
            total += deleted;
        }
        while (deleted == PageSize && !cancellationToken.IsCancellationRequested);

        if (total > 0)
        {
            EventsLog.SweptExpired(logger, total);
        }

        return total;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await TickAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                EventsLog.SweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
