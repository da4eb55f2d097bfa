using JobForge.Application.Steps;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Application.Runs;

/// <summary>
/// The host-neutral pieces of run execution for a host that orchestrates runs itself (the Durable Functions
/// orchestrator's activities): one attempt through the <see cref="StepRunner"/> (inputs resolved as the self-hosted
/// engine resolves them), the evidence (inputs, step outputs, manifest and replay bundle through the same recorder) and
/// the lifecycle events. The self-hosted engine's <see cref="RunExecutor"/> does the same around its leases.
/// </summary>
public sealed class RunStepWork
{
    private readonly StepRunner _runner;
    private readonly RunEvidence _evidence;
    private readonly RunSecrets _secrets;
    private readonly IRunLifecyclePublisher _lifecycle;
    private readonly TimeProvider _time;

    internal RunStepWork(StepRunner runner, RunEvidence evidence, RunSecrets secrets, IRunLifecyclePublisher lifecycle, TimeProvider time)
    {
        _runner = runner;
        _evidence = evidence;
        _secrets = secrets;
        _lifecycle = lifecycle;
        _time = time;
    }

    /// <summary>
    /// Runs attempt <paramref name="attempt"/> of <paramref name="stepId"/> (a forward step, or the compensation step
    /// that undoes <paramref name="compensatedStepId"/>) under <paramref name="state"/>, and returns the event to decide. The
    /// idempotency key is the step runner's usual <c>run:step:attempt</c>, so a redelivered attempt repeats no effect.
    /// </summary>
    public async Task<RunAttemptResult> ExecuteAsync(
        Run run, JobTemplate template, RunPlan plan, RunState state, string stepId, int attempt, TimeSpan timeout, string? compensatedStepId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(state);
        var started = _time.GetTimestamp();
        var prepared = RunAttempts.Prepare(run, template, plan, state, stepId, attempt, timeout, compensatedStepId, _secrets.Lookup, _time);
        var result = prepared.Request is { } request
            ? (await _runner.RunAsync(request, cancellationToken)).Result
            : StepHandlerResult.Failed(prepared.InputFailure!);
        var durationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        var @event = RunAttempts.Outcome(stepId, attempt, compensatedStepId, result, durationMs, _time.GetUtcNow());
        return new RunAttemptResult(@event, result.Artifacts);
    }

    /// <summary>Records the run's start evidence (inputs snapshot); failures are logged, never thrown.</summary>
    public Task StartedAsync(Run run, JobTemplate template, RunPlan plan, RunState state, CancellationToken cancellationToken) =>
        _evidence.StartAsync(Session(run, template, plan, state), cancellationToken);

    /// <summary>Records a succeeded step's outputs and artifacts; failures are logged, never thrown.</summary>
    public Task StepCompletedAsync(Run run, JobTemplate template, RunPlan plan, RunState state, string stepId, string outputsJson, IReadOnlyList<StepArtifact> artifacts, CancellationToken cancellationToken) =>
        _evidence.StepCompletedAsync(Session(run, template, plan, state), stepId, outputsJson, artifacts, cancellationToken);

    /// <summary>Finishes the run's log, manifest and replay bundle; failures are logged, never thrown.</summary>
    public Task CompletedAsync(Run run, JobTemplate template, RunPlan plan, RunState state, CancellationToken cancellationToken) =>
        _evidence.CompleteAsync(Session(run, template, plan, state), cancellationToken);

    /// <summary>Publishes a lifecycle event (best effort, idempotent by run and event type).</summary>
    public Task PublishAsync(Run run, RunState state, string eventType, CancellationToken cancellationToken) =>
        _lifecycle.PublishAsync(run, state, eventType, cancellationToken);

    private static RunSession Session(Run run, JobTemplate template, RunPlan plan, RunState state) => new(run, template, plan, state, string.Empty);
}
