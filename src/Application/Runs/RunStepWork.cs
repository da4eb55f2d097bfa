using System.Text.Json;
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
        var planned = compensatedStepId is null
            ? plan.Steps.First(step => string.Equals(step.Id, stepId, StringComparison.Ordinal))
            : plan.Compensations[stepId];
        var started = _time.GetTimestamp();
        var resolution = StepInputsResolver.Resolve(planned, state, run, _secrets.Lookup, attempt);
        StepHandlerResult result;
        if (resolution.IsSuccess)
        {
            var context = new StepContext(run.TenantId, run.RunId, planned.Id, attempt, resolution.Value!.Value)
            {
                ProjectId = run.ProjectId,
                TraceId = run.TraceId,
                Timeout = timeout,
                SecretValues = resolution.SecretValues,
            };
            var isLast = compensatedStepId is null && string.Equals(plan.Steps[^1].Id, planned.Id, StringComparison.Ordinal);
            var request = new StepRunRequest(planned.Uses, context) { OutputSchema = isLast ? template.OutputSchema : null };
            result = (await _runner.RunAsync(request, cancellationToken)).Result;
        }
        else
        {
            var errors = resolution.Errors.Select(error => new { path = error.Path, message = error.Message }).ToList();
            result = StepHandlerResult.Failed(new StepFailure(StepFailureTypes.ExpressionFailed, "The step's inputs could not be resolved.", planned.Uses, _time.GetUtcNow(), false)
            {
                Details = JsonSerializer.SerializeToElement(new { errors }),
            });
        }

        var durationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        var now = _time.GetUtcNow();
        RunEvent @event = (compensatedStepId, result.Outputs) switch
        {
            (null, { } outputs) => new StepSucceeded(now, stepId, attempt, outputs.GetRawText(), durationMs),
            (null, null) => new StepFailed(now, stepId, attempt, result.Failure!, durationMs, Random.Shared.NextDouble()),
            ({ } undone, { }) => new CompensationSucceeded(now, undone, attempt, durationMs),
            ({ } undone, null) => new CompensationFailed(now, undone, attempt, result.Failure!, durationMs, Random.Shared.NextDouble()),
        };
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
