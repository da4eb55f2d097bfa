using JobForge.Functions.Runs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace JobForge.Functions.Timers;

/// <summary>
/// The run recovery scan on a timer: runs accepted whose orchestration was never scheduled (the process died between
/// the run row and the schedule, or no Durable client was in scope) are scheduled, and signals whose external event was
/// lost are raised again (<see cref="DurableRunRecovery"/>). Durable itself keeps scheduled runs going across restarts.
/// </summary>
public sealed class RunRecoveryTimerFunction(DurableRunRecovery recovery, ILogger<RunRecoveryTimerFunction> logger)
{
    /// <summary>The function name in <c>functions.metadata</c>.</summary>
    public const string Name = "RunRecoveryScan";

    /// <summary>One scan with this invocation's Durable client.</summary>
    [Function(Name)]
    public async Task RunAsync(
        [TimerTrigger(TimerSchedules.RunRecovery)] TimerInfo timer, [DurableClient] DurableTaskClient durableClient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        ArgumentNullException.ThrowIfNull(durableClient);
        var scheduled = await recovery.ScanAsync(durableClient, cancellationToken).ConfigureAwait(false);
        TimersLog.RecoveryScanned(logger, scheduled);
    }
}
