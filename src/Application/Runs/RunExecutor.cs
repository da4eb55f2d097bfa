using JobForge.Domain.Runs;
using JobForge.Application.Steps;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>
/// Drives one run on this server: loads it, takes its lease (conditional on the version read, so a stale writer never
/// wins), feeds the decider what happened, saves every new state before carrying out its commands, executes steps
/// through the <see cref="StepRunner"/>, and parks the run (lease released, work entry moved to its timer) when it
/// has to wait. Host-neutral logic lives in <see cref="RunDecider"/>; this is the self-hosted engine's half.
/// </summary>
public sealed partial class RunExecutor
{
    private const int MaxConflictRounds = 8;
    private const int MaxPublishing = 256;
    private const int MaxPendingRemovals = 4096;
    private const int FlushAt = 100;
    private readonly LingeringQueue<(Run Run, RunState State, string EventType)> _publishing;
    private readonly LingeringQueue<(string TenantId, string RunId)> _removals;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), byte> _removing = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), RunSession> _holding = new();
    private readonly IRunExecutionStore _store;
    private readonly StepRunner _runner;
    private readonly RunPlanCache _plans;
    private readonly IRunLifecyclePublisher _lifecycle;
    private readonly RunEvidence _evidence;
    private readonly RunSecrets _secrets;
    private readonly TimeProvider _time;
    private readonly RunEngineOptions _options;
    private readonly ILogger<RunExecutor> _logger;

    /// <summary>An executor for this server (<see cref="WorkerId"/>).</summary>
    internal RunExecutor(
        IRunExecutionStore store, StepRunner runner, RunPlanCache plans, IRunLifecyclePublisher lifecycle, RunEvidence evidence,
        RunSecrets secrets, TimeProvider time, IOptions<RunEngineOptions> options, RunWorkerIdentity identity, ILogger<RunExecutor> logger)
    {
        _store = store;
        _runner = runner;
        _plans = plans;
        _lifecycle = lifecycle;
        _evidence = evidence;
        _secrets = secrets;
        _time = time;
        _options = options.Value;
        WorkerId = identity.WorkerId;
        _logger = logger;
        _publishing = new(_options.LifecycleEventLinger, MaxPublishing, FlushAt, time, PublishAllAsync);
        _removals = new(_options.WorkRemovalLinger, MaxPendingRemovals, FlushAt, time, RemoveAllAsync);
    }

    /// <summary>This server's id in run leases.</summary>
    public string WorkerId { get; }

    /// <summary>
    /// A signal was appended to the run's inbox here: if this server holds the run (waiting on a delay or retry, or
    /// running a step), its worker reads the inbox now rather than at its next lease renewal.
    /// </summary>
    public void Nudge(string tenantId, string runId)
    {
        // A finished run that gets a signal (a rollback) needs its work entry again: keep it.
        _removing.TryRemove((tenantId, runId), out _);
        if (_holding.TryGetValue((tenantId, runId), out var session))
        {
            session.Nudge();
        }
    }

    /// <summary>
    /// Processes the run until it finishes, parks, is found held by another worker, or <paramref name="cancellationToken"/>
    /// fires (host stopping: nothing more is written; the lease lapses and a worker resumes the run).
    /// </summary>
    /// <param name="tenantId">The run's tenant.</param>
    /// <param name="runId">The run.</param>
    /// <param name="known">The record as this process just wrote it (a new run), to skip reading it; a stale one only costs a retry.</param>
    /// <param name="cancellationToken">Fires when the host stops.</param>
    /// <returns>When the run was found held by another worker, the instant that worker's lease lapses; otherwise null.</returns>
    public async Task<DateTimeOffset?> ProcessAsync(string tenantId, string runId, RunRecord? known, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxConflictRounds; round++)
        {
            var record = round == 0 && known is not null ? known : await _store.LoadAsync(tenantId, runId, cancellationToken);
            if (record is null)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            if (IsFinished(record) && _removing.ContainsKey((tenantId, runId)))
            {
                return null; // finished here; its work entry is about to be removed
            }

            // Not finished after all (a signal reached the finished run): it keeps its work entry.
            _removing.TryRemove((tenantId, runId), out _);
            if (IsFinished(record))
            {
                // Finished, but its work entry survived (the worker stopped after the final save): finish the evidence too.
                if (_plans.Get(record.Run) is { } finished)
                {
                    await _evidence.CompleteAsync(new RunSession(record.Run, finished.Template, finished.Plan, record.State!, record.Version), cancellationToken);
                }

                await _store.RemoveWorkAsync(tenantId, runId, cancellationToken);
                return null;
            }

            if (record.Lease is { } lease && lease.BlocksOthersThan(WorkerId, now))
            {
                return lease.Until; // another worker executes it; look again when its lease would lapse
            }

            if (_plans.Get(record.Run) is not { } planned)
            {
                RunsLog.UnreadableTemplate(_logger, tenantId, runId);
                await _store.RemoveWorkAsync(tenantId, runId, cancellationToken);
                return null;
            }

            var (session, commands) = Pickup(record, planned.Template, planned.Plan with { Run = record.Run }, now);
            if (commands is null)
            {
                return null; // parked and not due: nothing to do
            }

            var saved = await _store.SaveAsync(tenantId, runId, session.State, Lease(now), [], record.Version, cancellationToken);
            if (!saved.Saved)
            {
                continue; // someone wrote in between: read again
            }

            session.Version = saved.Version!;
            if (record.State is null)
            {
                await _evidence.StartAsync(session, cancellationToken);
            }

            RunsLog.PickedUp(_logger, tenantId, runId, RunStatusNames.ToWireName(session.State.Status));
            using var activity = Telemetry.JobForgeTelemetry.StartRun(tenantId, runId, record.Run.TemplateKey, record.Run.TraceId);
            foreach (var command in commands)
            {
                session.Pending.Enqueue(command);
            }

            _holding[(tenantId, runId)] = session;
            try
            {
                await DriveAsync(session, cancellationToken);
            }
            finally
            {
                _holding.TryRemove(new KeyValuePair<(string, string), RunSession>((tenantId, runId), session));
            }

            return null;
        }

        RunsLog.TooManyConflicts(_logger, tenantId, runId);
        return null;
    }

    private (RunSession Session, List<RunCommand>? Commands) Pickup(RunRecord record, Domain.Templates.JobTemplate template, RunPlan plan, DateTimeOffset now)
    {
        var state = record.State ?? RunStateFactory.Initial(plan);
        var events = new List<RunEvent>();
        if (record.State is null)
        {
            events.Add(new RunStarted(now));
        }
        else if (state.Steps.Any(step => step.Status is StepStatus.Running or StepStatus.Compensating))
        {
            events.Add(new StepRedelivered(now)); // the worker that ran it stopped: run the attempt again
        }

        events.AddRange(record.Inbox.Select(signal => signal.ToEvent()));
        if (state.WakeAt is { } wake && wake <= now)
        {
            events.Add(new TimerFired(now));
        }

        var session = new RunSession(record.Run, template, plan, state, record.Version);
        if (events.Count == 0)
        {
            return (session, null);
        }

        var commands = new List<RunCommand>();
        foreach (var @event in events)
        {
            var decision = RunDecider.Decide(plan, session.State, @event);
            session.State = decision.State;
            commands.AddRange(decision.Commands);
        }

        return (session, commands);
    }

    private RunLease Lease(DateTimeOffset now) => new(WorkerId, now + _options.LeaseDuration);

    private static bool IsFinished(RunRecord record) =>
        record.Inbox.Count == 0 && record.State is { } state && RunTransitions.IsTerminal(state.Status);
}
