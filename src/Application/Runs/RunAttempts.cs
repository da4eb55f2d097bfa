using System.Text.Json;
using JobForge.Application.Steps;
using JobForge.Domain.Contracts;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Application.Runs;

/// <summary>
/// What both run drivers do around one attempt, written once: the planned step (a forward step or the compensation that
/// undoes <c>compensatedStepId</c>), its step-runner request with inputs resolved under the attempt's idempotency key,
/// and the run event its result becomes. The self-hosted <see cref="RunExecutor"/> and the Durable activities'
/// <see cref="RunStepWork"/> differ only in what happens around the runner call (lease renewal, or none).
/// </summary>
internal static class RunAttempts
{
    /// <summary>The step attempt <paramref name="attempt"/> runs, resolved against <paramref name="state"/>.</summary>
    public static RunAttemptRequest Prepare(
        Run run, JobTemplate template, RunPlan plan, RunState state, string stepId, int attempt, TimeSpan timeout, string? compensatedStepId,
        Func<string, string?> secrets, TimeProvider time)
    {
        var planned = compensatedStepId is null
            ? plan.Steps.First(step => string.Equals(step.Id, stepId, StringComparison.Ordinal))
            : plan.Compensations[stepId];
        var resolution = StepInputsResolver.Resolve(planned, state, run, secrets, attempt);
        if (!resolution.IsSuccess)
        {
            return new RunAttemptRequest(null, ExpressionFailure(planned, resolution, time));
        }

        var context = new StepContext(run.TenantId, run.RunId, planned.Id, attempt, resolution.Value!.Value)
        {
            ProjectId = run.ProjectId,
            TraceId = run.TraceId,
            Timeout = timeout,
            SecretValues = resolution.SecretValues,
        };
        var isLast = compensatedStepId is null && string.Equals(plan.Steps[^1].Id, planned.Id, StringComparison.Ordinal);
        return new RunAttemptRequest(new StepRunRequest(planned.Uses, context) { OutputSchema = isLast ? template.OutputSchema : null }, null);
    }

    /// <summary>The event an attempt's <paramref name="result"/> becomes (retry jitter drawn here, so the decider stays pure).</summary>
    public static RunEvent Outcome(string stepId, int attempt, string? compensatedStepId, StepHandlerResult result, long durationMs, DateTimeOffset now) =>
        (compensatedStepId, result.Outputs) switch
        {
            (null, { } outputs) => new StepSucceeded(now, stepId, attempt, outputs.GetRawText(), durationMs),
            (null, null) => new StepFailed(now, stepId, attempt, result.Failure!, durationMs, Random.Shared.NextDouble()),
            ({ } undone, { }) => new CompensationSucceeded(now, undone, attempt, durationMs),
            ({ } undone, null) => new CompensationFailed(now, undone, attempt, result.Failure!, durationMs, Random.Shared.NextDouble()),
        };

    private static StepFailure ExpressionFailure(PlannedStep planned, ExpressionResolution resolution, TimeProvider time)
    {
        var errors = resolution.Errors.Select(error => new { path = error.Path, message = error.Message }).ToList();
        return new StepFailure(StepFailureTypes.ExpressionFailed, "The step's inputs could not be resolved.", planned.Uses, time.GetUtcNow(), false)
        {
            Details = JsonSerializer.SerializeToElement(new { errors }),
        };
    }
}
