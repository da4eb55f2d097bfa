using JobForge.Functions.Runs;
using Microsoft.DurableTask.Client;
using JobForge.Application.Triggers;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobForge.Functions.Timers;

/// <summary>
/// The trigger scheduler on a timer: each invocation is one <see cref="TriggerScheduler.TickAsync"/> of this instance's
/// scheduler (a singleton, so the lease, the cron index and the change-feed position live across invocations). The
/// Functions host runs a timer on one instance at a time; the blob-lease election inside the tick still decides who
/// fires, which keeps fires single when two hosts share the storage account (see docs/triggers.md).
/// </summary>
public sealed class TriggerSchedulerTimerFunction(
    TriggerScheduler scheduler, DurableRunClients runClients, IOptions<TriggerSchedulerOptions> options, TimeProvider time, ILogger<TriggerSchedulerTimerFunction> logger)
{
    /// <summary>The function name in <c>functions.metadata</c>.</summary>
    public const string Name = "TriggerSchedulerTick";

    /// <summary>One scheduler tick at the current time (nothing when <c>JobForge:Triggers:Scheduler:Enabled</c> is false).</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger(TimerSchedules.TriggerScheduler)] TimerInfo timer, [DurableClient] DurableTaskClient? durableClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!options.Value.Enabled)
        {
            TimersLog.SchedulerOff(logger);
            return;
        }

        if (timer.IsPastDue)
        {
            TimersLog.PastDue(logger, Name, timer.ScheduleStatus?.Last);
        }

        TriggerTickResult result;
        using (runClients.Use(durableClient))
        {
            // The runs this tick requests are scheduled as orchestrations at once.
            result = await scheduler.TickAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        TimersLog.SchedulerTicked(logger, result.IsLeader, result.Evaluated);
    }
}
