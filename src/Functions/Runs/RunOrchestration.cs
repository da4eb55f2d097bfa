using JobForge.Domain.Runs;
using Microsoft.DurableTask;

namespace JobForge.Functions.Runs;

/// <summary>
/// One execution of the run orchestrator: feeds the decider what it observes (the start, attempt outcomes from the step
/// activity, durable timers, signals raised as external events) and carries out the commands. Attempts run as the step
/// activity, which also saves the state, publishes lifecycle events and records evidence, and decides its own outcome
/// on the same state (the decider is pure, so the orchestrator reaches the same decision): a three-step run costs three
/// activities, like a bare three-activity orchestration. What the orchestrator decides alone (a timer, a signal) is
/// saved by the next activity, or by the persist activity before it waits or ends.
/// </summary>
internal sealed partial class RunOrchestration
{
    /// <summary>The orchestration's output when it continued as new under a new decider.</summary>
    public const string ContinuedAsNew = "continued_as_new";

    private static readonly TaskOptions s_activityRetry = TaskOptions.FromRetryPolicy(new Microsoft.DurableTask.RetryPolicy(5, TimeSpan.FromSeconds(2), 2, TimeSpan.FromSeconds(30)));
    private readonly TaskOrchestrationContext _context;
    private readonly DurableRunInput _input;
    private readonly RunPlan _plan;
    private readonly DurableRunDeciders _deciders;
    private readonly RunDeciderFunc _decide;
    private readonly DurableRunRef _run;
    private readonly Queue<RunCommand> _pending = new();
    private readonly List<string> _publish = [];
    private RunState _state;
    private bool _unsaved;
    private bool _startEvidence;
    private bool _complete;
    private Task<string?>? _signal;

    public RunOrchestration(TaskOrchestrationContext context, DurableRunInput input, RunPlan plan, DurableRunDeciders deciders)
    {
        _context = context;
        _input = input;
        _plan = plan;
        _deciders = deciders;
        _decide = deciders.For(input.DeciderVersion);
        _run = new DurableRunRef(input.Run.TenantId, input.Run.RunId);
        _state = input.State ?? RunStateFactory.Initial(plan);
    }

    private DateTimeOffset Now => new(_context.CurrentUtcDateTime, TimeSpan.Zero);

    public async Task<string> RunAsync()
    {
        if (_input.Reload)
        {
            await ReloadAsync();
        }
        else if (_input.State is null)
        {
            _startEvidence = true;
            Apply(new RunStarted(Now));
        }
        else
        {
            await TakeSignalsAsync(); // continued under a new decider: what woke the wait is in the inbox
        }

        while (true)
        {
            while (_pending.TryDequeue(out var command))
            {
                await CarryOutAsync(command);
            }

            if (RunTransitions.IsTerminal(_state.Status))
            {
                if (_unsaved || _complete || _publish.Count > 0)
                {
                    await PersistAsync(complete: true);
                }

                if (_pending.Count == 0 && _signal is { IsCompleted: true })
                {
                    _signal = null; // a signal raised as the run ended (a rollback right after success): take it first
                    await TakeSignalsAsync();
                }

                if (_pending.Count == 0 && RunTransitions.IsTerminal(_state.Status))
                {
                    return RunStatusNames.ToWireName(_state.Status);
                }

                continue; // a signal taken on the way (a rollback right after success) keeps the run going
            }

            if (_unsaved || _publish.Count > 0)
            {
                await PersistAsync(complete: false);
            }

            if (ContinuedUnderNewDecider() || (await WaitAsync() && ContinuedUnderNewDecider()))
            {
                return ContinuedAsNew;
            }
        }
    }

    /// <summary>
    /// At a wait, outside replay: when a deployment brought a new decider, the rest of the run is decided by it, on a
    /// fresh history (the state is saved; signals live in the inbox, so the event that woke the wait is not needed).
    /// </summary>
    private bool ContinuedUnderNewDecider()
    {
        if (_context.IsReplaying || _input.DeciderVersion == _deciders.Current)
        {
            return false;
        }

        _context.ContinueAsNew(_input with { DeciderVersion = _deciders.Current, State = _state, Reload = false }, preserveUnprocessedEvents: true);
        return true;
    }

    private async Task CarryOutAsync(RunCommand command)
    {
        switch (command)
        {
            case ExecuteStep step:
                await AttemptAsync(new RunAttemptOrder(step.StepId, step.Attempt, step.Timeout, null));
                break;
            case ExecuteCompensation compensation:
                await AttemptAsync(new RunAttemptOrder(compensation.CompensationStepId, compensation.Attempt, compensation.Timeout, compensation.StepId));
                break;
            case PublishLifecycleEvent lifecycle:
                _publish.Add(lifecycle.EventType);
                break;
            case CompleteRun:
                _complete = true;
                break;
            default:
                // ScheduleTimer and AwaitApproval: the wait reads the state's WakeAt. CancelInFlightStep: handled while the
                // attempt is in flight. AbandonRun: only for lost leases, which the orchestration has none of.
                break;
        }
    }

    /// <summary>
    /// Picks the run up from its row (a new execution after the last one failed or was lost, or an attempt whose outcome
    /// another execution already moved past): the signals waiting are decided, and an attempt the row shows in flight is
    /// handed out again under its attempt number, or quarantined as poison once delivered too often.
    /// </summary>
    private async Task ReloadAsync()
    {
        _state = await _context.CallActivityAsync<RunState?>(DurableRunNames.LoadActivity, _run, s_activityRetry) ?? _state;
        await TakeSignalsAsync();
        if (_pending.Count == 0 && !RunTransitions.IsTerminal(_state.Status))
        {
            Apply(new StepRedelivered(Now)); // ignored by the decider when nothing is in flight
        }
    }

    /// <summary>
    /// Decides <paramref name="event"/>; with <paramref name="decided"/>, the activity already carried out its save and
    /// lifecycle events. False when the decider ignored it.
    /// </summary>
    private bool Apply(RunEvent @event, RunStepOutput? decided = null)
    {
        var decision = _decide(_plan, _state, @event);
        if (decision.IgnoredReason is not null)
        {
            return false;
        }

        _state = decision.State;
        _unsaved = decided is null;
        foreach (var command in decision.Commands)
        {
            if (decided is not null && (command is PublishLifecycleEvent || (command is CompleteRun && decided.Finished)))
            {
                continue;
            }

            _pending.Enqueue(command);
        }

        return true;
    }
}
