using JobForge.Functions.Runs;
using Microsoft.DurableTask.Client;
using JobForge.Application.Publishing;
using JobForge.Storage.Publishing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobForge.Functions.Timers;

/// <summary>
/// The outbox on a timer: publishing (Service Bus or a storage queue) and event-trigger evaluation (the
/// <see cref="IOutboxObserver"/>s), through the same <see cref="OutboxDispatcher.TickAsync"/> the server's loop calls.
/// It runs whenever <see cref="OutboxDispatch"/> says it is needed, so event triggers fire with <c>JobForge:Publishing:Mode</c>
/// <c>None</c> too. There is no fast path here (no process lives between invocations to pump it): each step polls.
/// </summary>
public sealed class OutboxTimerFunction(
    OutboxDispatcher dispatcher, DurableRunClients runClients, IEnumerable<IOutboxObserver> observers, IOptions<PublishingOptions> options, TimeProvider time,
    ILogger<OutboxTimerFunction> logger)
{
    /// <summary>The function name in <c>functions.metadata</c>.</summary>
    public const string Name = "OutboxDispatchTick";

    /// <summary>At most this many dispatch steps per invocation (full batches in a row while catching up).</summary>
    public const int MaxStepsPerInvocation = 20;

    /// <summary>Dispatches pending entries: one step, and further steps while each publishes a full batch.</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger(TimerSchedules.Outbox)] TimerInfo timer, [DurableClient] DurableTaskClient? durableClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!OutboxDispatch.IsNeeded(options.Value, observers))
        {
            TimersLog.OutboxOff(logger);
            return;
        }

        if (timer.IsPastDue)
        {
            TimersLog.PastDue(logger, Name, timer.ScheduleStatus?.Last);
        }

        using var scope = runClients.Use(durableClient); // runs requested by event triggers are scheduled at once
        var (published, completed, steps) = (0, 0, 0);
        OutboxTickResult result;
        do
        {
            result = await dispatcher.TickAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            (published, completed, steps) = (published + result.Published, completed + result.Completed, steps + 1);
        }
        while (result.RetryAt is null && result.Published + result.Rejected >= options.Value.BatchSize && steps < MaxStepsPerInvocation);

        TimersLog.OutboxTicked(logger, published, completed, steps);
    }
}
