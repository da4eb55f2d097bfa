using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobForge.Functions.Runs;

/// <summary>
/// What the lease is to the self-hosted engine, for an active orchestration: when the run's row shows an attempt in
/// flight and the orchestration has not changed for longer than the attempt's timeout plus
/// <see cref="RunEngineOptions.AttemptGrace"/>, the attempt's activity message (or its answer) was lost — a worker died
/// mid-commit, a message was discarded. A <see cref="RunSignalKinds.Redeliver"/> signal then wakes the orchestration,
/// whose decider hands the attempt out again under the same attempt number (the same idempotency key), or quarantines it
/// as poison after <see cref="RunPlan.MaxDeliveries"/> deliveries. Costs nothing while runs make progress.
/// </summary>
public sealed class DurableAttemptWatchdog(
    IRunExecutionStore store, DurableRunPlans plans, DurableRunStarter starter, IOptions<RunEngineOptions> options, ILogger<DurableAttemptWatchdog> logger)
{
    /// <summary>
    /// Checks the active run <paramref name="item"/> (its row and instance as the scan just read them); returns when to
    /// look at it again.
    /// </summary>
    public async Task<DateTimeOffset> CheckAsync(
        IRunOrchestrationClient client, RunWorkItem item, RunRecord record, RunOrchestrationInfo instance, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(instance);
        var recheck = now + DurableRunRecovery.ActiveRecheck;
        if (record.State is not { } state || InFlightTimeout(record.Run, state) is not { } timeout)
        {
            return recheck;
        }

        if (instance is not { Status: RunOrchestrationStatus.Active, LastUpdatedAt: { } since })
        {
            return recheck;
        }

        var grace = options.Value.AttemptGrace;
        var attemptEnd = since + timeout;
        var deadline = (state.Deadline is { } runEnd && runEnd < attemptEnd ? runEnd : attemptEnd) + grace;
        if (deadline > now)
        {
            return deadline < recheck ? deadline : recheck;
        }

        if (!record.Inbox.Any(signal => signal.Kind == RunSignalKinds.Redeliver))
        {
            var signal = new RunSignal(RunSignalKinds.Redeliver, "recovery", now);
            var saved = await store.SaveAsync(item.TenantId, item.RunId, null, record.Lease, [.. record.Inbox, signal], record.Version, cancellationToken);
            if (!saved.Saved)
            {
                return now; // the row changed meanwhile (progress or a signal): the next scan looks again
            }

            DurableRunsLog.AttemptOverdue(logger, item.RunId, deadline);
        }

        await client.RaiseSignalAsync(item.RunId, cancellationToken);
        return now + grace;
    }

    /// <summary>The timeout of the attempt <paramref name="state"/> has in flight (a step or a compensation), or null.</summary>
    private TimeSpan? InFlightTimeout(Run run, RunState state)
    {
        var running = state.Status switch
        {
            RunStatus.Running => IndexOf(state, step => step.Status == StepStatus.Running),
            RunStatus.RollingBack => IndexOf(state, step => step is { Status: StepStatus.Compensating, WakeAt: null }),
            _ => -1,
        };
        if (running < 0)
        {
            return null;
        }

        var plan = plans.Get(run, starter.InputFor(run).Defaults).Plan;
        var planned = plan.Steps[running];
        return state.Status == RunStatus.Running ? planned.Timeout : plan.Compensations[planned.CompensateStepId!].Timeout;
    }

    private static int IndexOf(RunState state, Func<StepState, bool> match)
    {
        for (var index = 0; index < state.Steps.Count; index++)
        {
            if (match(state.Steps[index]))
            {
                return index;
            }
        }

        return -1;
    }
}
