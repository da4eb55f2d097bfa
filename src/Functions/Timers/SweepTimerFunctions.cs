using JobForge.Application.Events;
using JobForge.Application.Policy;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace JobForge.Functions.Timers;

/// <summary>
/// The retention sweeps on timers, through the same <c>TickAsync</c> the server's loops call: expired events (with their
/// dedupe and index rows) and revocation rows of expired policy tokens. Deletes are idempotent, so an overlap is harmless.
/// </summary>
public sealed class SweepTimerFunctions(
    EventRetentionSweeper events, PolicyRevocationSweeper revocations, TimeProvider time, ILogger<SweepTimerFunctions> logger)
{
    /// <summary>The event retention function's name in <c>functions.metadata</c>.</summary>
    public const string EventRetention = "EventRetentionSweep";

    /// <summary>The revocation sweep function's name in <c>functions.metadata</c>.</summary>
    public const string PolicyRevocation = "PolicyRevocationSweep";

    /// <summary>Deletes events whose retention ended.</summary>
    [Function(EventRetention)]
    public async Task SweepEventsAsync([TimerTrigger(TimerSchedules.EventRetentionSweep)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        TimersLog.Swept(logger, EventRetention, await events.TickAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Deletes revocation rows of tokens that can no longer validate.</summary>
    [Function(PolicyRevocation)]
    public async Task SweepRevocationsAsync([TimerTrigger(TimerSchedules.PolicyRevocationSweep)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        TimersLog.Swept(logger, PolicyRevocation, await revocations.TickAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false));
    }
}
