using JobForge.Domain.Runs;

namespace JobForge.Application.Runs;

public sealed partial class RunExecutor
{
    private async Task DriveAsync(RunSession session, CancellationToken cancellationToken)
    {
        while (!session.Lost && !cancellationToken.IsCancellationRequested && session.Pending.TryDequeue(out var command))
        {
            switch (command)
            {
                case ExecuteStep step:
                    await ExecuteAndApplyAsync(session, step.StepId, step.Attempt, step.Timeout, null, cancellationToken);
                    break;
                case ExecuteCompensation compensation:
                    await ExecuteAndApplyAsync(session, compensation.CompensationStepId, compensation.Attempt, compensation.Timeout, compensation.StepId, cancellationToken);
                    break;
                case ScheduleTimer timer when timer.At - _time.GetUtcNow() <= _options.InMemoryTimerHorizon && !HasParkingCommand(session):
                    await WaitHoldingLeaseAsync(session, timer.At, cancellationToken);
                    break;
                case ScheduleTimer or AwaitApproval:
                    await ParkAsync(session, cancellationToken);
                    return;
                case PublishLifecycleEvent lifecycle:
                    await PublishInBackgroundAsync(session, lifecycle.EventType, cancellationToken);
                    break;
                case CompleteRun:
                    if (await FinishAsync(session, cancellationToken))
                    {
                        return;
                    }

                    break;
                case AbandonRun:
                    return;
                case CancelInFlightStep:
                    await CancelInFlightAsync(session);
                    break;
                default:
                    throw new InvalidOperationException("Unknown run command " + command.GetType().Name + ".");
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="event"/>, saves the new state (renewing the lease), and queues its commands. Signals found
    /// in the inbox on saving came first: they are decided before the event (see <see cref="LocalDecision"/>).
    /// </summary>
    private async Task ApplyAsync(RunSession session, RunEvent @event, CancellationToken cancellationToken)
    {
        var decision = RunDecider.Decide(session.Plan, session.State, @event);
        var local = new LocalDecision(@event, session.State, decision.Commands);
        session.State = decision.State;
        if (await SaveAsync(session, releaseLease: false, cancellationToken, local))
        {
            foreach (var command in local.SignalCommands.Concat(local.Commands))
            {
                session.Pending.Enqueue(command);
            }
        }
    }

    /// <summary>
    /// Saves the session's state conditionally. On a conflict: if another worker holds the run, the session is lost;
    /// otherwise signals were appended to the inbox, so they are decided too (their commands queued) and saved again.
    /// With <paramref name="local"/>, the signals are decided before its event, which is then decided again; its lease
    /// is released when that decision ends the run.
    /// </summary>
    private async Task<bool> SaveAsync(RunSession session, bool releaseLease, CancellationToken cancellationToken, LocalDecision? local = null)
    {
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            for (var round = 0; round < MaxConflictRounds && !session.Lost; round++)
            {
                // Release only when nothing is left to do: a signal decided below keeps the run here.
                var release = local?.Finishes ?? releaseLease;
                var lease = release && session.Pending.Count == 0 ? null : Lease(_time.GetUtcNow());
                var saved = await _store.SaveAsync(session.TenantId, session.RunId, session.State, lease, [], session.Version, cancellationToken);
                if (saved.Saved)
                {
                    session.Version = saved.Version!;
                    return true;
                }

                var record = await _store.LoadAsync(session.TenantId, session.RunId, cancellationToken);
                if (record is null || record.Lease is not { } held || !string.Equals(held.Owner, WorkerId, StringComparison.Ordinal))
                {
                    session.Lost = true;
                    session.InFlight?.Cancel();
                    RunsLog.LeaseLost(_logger, session.TenantId, session.RunId);
                    return false;
                }

                session.Version = record.Version;
                if (local is not null)
                {
                    session.State = local.Rebase(session.Plan, record.Inbox);
                    continue;
                }

                foreach (var signal in record.Inbox)
                {
                    var decision = RunDecider.Decide(session.Plan, session.State, signal.ToEvent());
                    session.State = decision.State;
                    foreach (var command in decision.Commands)
                    {
                        session.Pending.Enqueue(command);
                    }
                }
            }

            return false;
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private async Task ParkAsync(RunSession session, CancellationToken cancellationToken)
    {
        var due = session.State.WakeAt ?? _time.GetUtcNow() + _options.ApprovalTimeout;
        await _store.SetWorkAsync(new RunWorkItem(session.TenantId, session.RunId, due), cancellationToken);
        while (session.Pending.TryDequeue(out var command))
        {
            // The timer and approval commands are what parking records; lifecycle events still go out.
            if (command is PublishLifecycleEvent lifecycle)
            {
                await PublishInBackgroundAsync(session, lifecycle.EventType, cancellationToken);
            }
        }

        if (await SaveAsync(session, releaseLease: true, cancellationToken) && session.Pending.Count > 0)
        {
            // A signal arrived while parking (e.g. the approval itself): carry on instead.
            await DriveAsync(session, cancellationToken);
            return;
        }

        RunsLog.Parked(_logger, session.TenantId, session.RunId, due);
    }

    /// <summary>
    /// The final state is saved (lease released) by the decision that completed the run; now the evidence, then the
    /// work entry. A signal decided meanwhile (a manual rollback right after success) keeps the run going instead.
    /// </summary>
    private async Task<bool> FinishAsync(RunSession session, CancellationToken cancellationToken)
    {
        if (session.Pending.Any(command => command is not PublishLifecycleEvent))
        {
            return false;
        }

        await _evidence.CompleteAsync(session, cancellationToken);
        _removing[(session.TenantId, session.RunId)] = 0;
        await _removals.AddAsync((session.TenantId, session.RunId), cancellationToken);
        RunsLog.Finished(_logger, session.TenantId, session.RunId, RunStatusNames.ToWireName(session.State.Status));
        Telemetry.JobForgeMetrics.RunFinished(RunStatusNames.ToWireName(session.State.Status));
        System.Diagnostics.Activity.Current?.SetTag(Telemetry.Attributes.Outcome, RunStatusNames.ToWireName(session.State.Status));
        return true;
    }

    private async Task WaitHoldingLeaseAsync(RunSession session, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var renewEvery = _options.LeaseDuration / 3;
        while (!session.Lost)
        {
            var now = _time.GetUtcNow();
            if (now >= at)
            {
                await ApplyAsync(session, new TimerFired(now), cancellationToken);
                return;
            }

            var nudged = await session.WaitAsync(at - now < renewEvery ? at - now : renewEvery, _time, cancellationToken);
            if (!nudged && _time.GetUtcNow() >= at)
            {
                continue;
            }

            if (!await SaveAsync(session, releaseLease: false, cancellationToken))
            {
                return; // lost
            }

            if (session.Pending.Count > 0)
            {
                // A signal was decided (a cancel): its commands first, then the timer if the state still wants it.
                if (session.State.WakeAt is { } wake)
                {
                    session.Pending.Enqueue(new ScheduleTimer(wake));
                }

                return;
            }
        }
    }

    private static async Task CancelInFlightAsync(RunSession session)
    {
        if (session.InFlight is { } inFlight)
        {
            await inFlight.CancelAsync();
        }
    }

    /// <summary>
    /// Publishes a lifecycle event without holding the run's worker: the state that caused it is already saved. Events
    /// wait up to <see cref="RunEngineOptions.LifecycleEventLinger"/> to be stored together, at most
    /// <see cref="MaxPublishing"/> at once (then the worker waits for a slot). Best effort, like any publish after a
    /// save: a crash in between loses the event, never the run.
    /// </summary>
    private Task PublishInBackgroundAsync(RunSession session, string eventType, CancellationToken cancellationToken) =>
        _publishing.AddAsync((session.Run, session.State, eventType), cancellationToken);

    /// <summary>Stores queued lifecycle events and removes queued work entries now (the host is stopping).</summary>
    internal Task FlushAsync() => Task.WhenAll(_publishing.FlushNowAsync(), _removals.FlushNowAsync());

    // Started one after another without awaiting: each reaches the event store's queue before the next starts, so they share batches.
    private Task PublishAllAsync(IReadOnlyList<(Run Run, RunState State, string EventType)> events) =>
        Task.WhenAll(events.Select(e => _lifecycle.PublishAsync(e.Run, e.State, e.EventType, CancellationToken.None)));

    private Task RemoveAllAsync(IReadOnlyList<(string TenantId, string RunId)> runs) =>
        Task.WhenAll(runs.Select(RemoveQuietlyAsync));

    private async Task RemoveQuietlyAsync((string TenantId, string RunId) run)
    {
        if (!_removing.TryRemove(run, out _))
        {
            return; // a signal arrived meanwhile (see Nudge): the run goes on and keeps its entry
        }

        try
        {
            await _store.RemoveWorkAsync(run.TenantId, run.RunId, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            RunsLog.WorkRemovalFailed(_logger, run.TenantId, run.RunId, ex); // the recovery scan finds the entry and removes it
        }
    }

    private static bool HasParkingCommand(RunSession session) => session.Pending.Any(command => command is AwaitApproval);
}
