using JobForge.Domain.Runs;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

internal sealed partial class RunOrchestration
{
    /// <summary>Runs one attempt as the step activity; signals raised meanwhile are taken and decided (a cancel stops the attempt).</summary>
    private async Task AttemptAsync(RunAttemptOrder order)
    {
        var input = new RunStepInput(_run, _input.Defaults, _input.DeciderVersion, _state, order)
        {
            SaveFirst = _unsaved,
            StartEvidence = _startEvidence,
            Publish = [.. _publish],
        };
        _publish.Clear();
        _startEvidence = false;
        _unsaved = false;
        var basis = _state.Sequence;
        var attempt = _context.CallActivityAsync<RunStepOutput>(DurableRunNames.StepActivity, input, s_activityRetry);
        while (await Task.WhenAny(attempt, Signal()) != attempt)
        {
            _signal = null;
            var cancelsBefore = _pending.Count(command => command is CancelInFlightStep);
            if (await TakeSignalsAsync())
            {
                // The recovery scan found this attempt's outcome long overdue (its activity message lost): the decider
                // handed it out again or quarantined it; whatever the old activity still returns is not awaited.
                return;
            }

            if (_pending.Count(command => command is CancelInFlightStep) > cancelsBefore)
            {
                await _context.CallActivityAsync<bool>(DurableRunNames.CancelStepActivity, _run);
            }
        }

        var output = await attempt;
        if (output.Event is null)
        {
            // The row had moved past this attempt (a late redelivery of an old activity): continue from the row.
            await ReloadAsync();
            return;
        }

        if (output.SignalsWaiting)
        {
            // Accepted before the outcome was saved: decided first, like the engine's rebase (a cancel stops the next step).
            await TakeSignalsAsync();
        }

        // The activity decided on the state it was given; a signal decided meanwhile means the orchestrator decides again.
        Apply(output.Event.ToEvent(), output.Decided && _state.Sequence == basis ? output : null);
    }

    /// <summary>
    /// Waits for the state's timer (retry, delay, approval or run timeout) or a signal, whichever comes first, and
    /// decides it. Returns true when it woke outside replay (the point where a new decider may take over first).
    /// </summary>
    private async Task<bool> WaitAsync()
    {
        var signal = Signal();
        if (_state.WakeAt is { } wake)
        {
            using var stopTimer = new CancellationTokenSource();
            var timer = _context.CreateTimer(wake.UtcDateTime, stopTimer.Token);
            if (await Task.WhenAny(timer, signal) == timer)
            {
                if (UpgradePending)
                {
                    return true;
                }

                Apply(new TimerFired(Now));
                return false;
            }

            // Synchronously: CancelAsync would resume on the thread pool, outside the orchestrator's replay scheduler.
            stopTimer.Cancel();
        }
        else
        {
            await signal;
        }

        _signal = null;
        if (UpgradePending)
        {
            return true;
        }

        await TakeSignalsAsync();
        return false;
    }

    private bool UpgradePending => !_context.IsReplaying && _input.DeciderVersion != _deciders.Current;

    private Task<string?> Signal() => _signal ??= _context.WaitForExternalEvent<string?>(DurableRunNames.SignalEvent);

    /// <summary>Takes the inbox and decides each signal; true when a redelivery of the attempt in flight was decided.</summary>
    private async Task<bool> TakeSignalsAsync()
    {
        var signals = await _context.CallActivityAsync<List<RunSignal>>(DurableRunNames.TakeSignalsActivity, _run, s_activityRetry);
        var redelivered = false;
        foreach (var signal in signals)
        {
            redelivered |= Apply(signal.ToEvent()) && signal.Kind == RunSignalKinds.Redeliver;
        }

        return redelivered;
    }

    private async Task PersistAsync(bool complete)
    {
        var input = new RunPersistInput(_run, _input.Defaults, _state)
        {
            StartEvidence = _startEvidence,
            Publish = [.. _publish],
            Complete = complete,
        };
        _publish.Clear();
        _startEvidence = false;
        _unsaved = false;
        _complete = false;
        if (await _context.CallActivityAsync<bool>(DurableRunNames.PersistActivity, input, s_activityRetry))
        {
            await TakeSignalsAsync();
        }
    }
}
