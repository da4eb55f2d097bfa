using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using JobForge.Application.Steps;

namespace JobForge.Application.Runs;

/// <summary>
/// Dry-runs a replay bundle in memory with the same decider and step runner as real runs, on a simulated clock:
/// side-effecting steps (HTTP, command, publish) return their recorded outputs (a step recorded as failed fails the
/// same way), pure steps (<c>transform</c>) are recomputed, timers fire at once, approvals are decided as recorded,
/// compensations are assumed to succeed, and secrets resolve to a placeholder (a replay never reads real secrets).
/// Nothing is stored and nothing leaves the process.
/// </summary>
internal sealed class RunReplayExecutor(StepRunner runner, RunPlanCache plans, TimeProvider time) : IReplayExecutor
{
    private const int MaxDecisions = 10_000;
    private const string SecretPlaceholder = "[replay-secret]";

    public async Task<ReplayExecution> ExecuteAsync(ReplayBundle bundle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var now = time.GetUtcNow();
        var run = new Run
        {
            RunId = bundle.RunId,
            TenantId = bundle.TenantId,
            TemplateKey = bundle.Template.Key,
            TemplateVersion = bundle.Template.Version,
            TemplateJson = bundle.Template.Json,
            InputsJson = bundle.Inputs.CanonicalJson,
            InputsSha256 = bundle.Inputs.Sha256,
            TraceId = "replay-" + bundle.RunId,
            RequestedAt = now,
        };
        var (template, cached) = plans.Build(bundle.Template.Json) ?? throw new ReplayUnavailableException("The bundle's template cannot be read.");
        var plan = cached with { Run = run };
        var recorded = bundle.Steps.GroupBy(step => step.Id, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var state = RunStateFactory.Initial(plan);
        var pending = new Queue<RunEvent>([new RunStarted(now)]);
        for (var decisions = 0; pending.TryDequeue(out var @event) && decisions < MaxDecisions; decisions++)
        {
            var decision = RunDecider.Decide(plan, state, @event);
            state = decision.State;
            foreach (var command in decision.Commands)
            {
                now = @event.At > now ? @event.At : now;
                if (await ReactAsync(command, plan, template, state, run, recorded, now, cancellationToken) is { } next)
                {
                    pending.Enqueue(next);
                }
            }
        }

        var steps = state.Steps.Select(step => new ReplayStep(step.StepId, step.Uses, ReplayBundleBuilder.StepStatusName(step.Status), step.Attempt,
            Element(step.OutputsJson))).ToList();
        return new ReplayExecution(steps, RunStatusNames.ToWireName(state.Status));
    }

    private static JsonElement? Element(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var parsed = JsonDocument.Parse(json);
        return parsed.RootElement.Clone();
    }

    private async Task<RunEvent?> ReactAsync(
        RunCommand command, RunPlan plan, JobTemplate template, RunState state, Run run, IReadOnlyDictionary<string, ReplayStep> recorded,
        DateTimeOffset now, CancellationToken cancellationToken) => command switch
    {
        ExecuteStep step => await ReplayStepAsync(plan.Steps.First(s => s.Id == step.StepId), step.Attempt, step.Timeout, plan, template, state, run, recorded, now, cancellationToken),
        ExecuteCompensation compensation => new CompensationSucceeded(now, compensation.StepId, compensation.Attempt, 0),
        ScheduleTimer timer => new TimerFired(timer.At > now ? timer.At : now),
        AwaitApproval approval => new ApprovalReceived(now, new ApprovalDecision(
            approval.StepId is null || recorded.GetValueOrDefault(approval.StepId)?.Status is not ("failed" or "pending" or "skipped"), "replay", now)),
        _ => null,
    };

    private async Task<RunEvent> ReplayStepAsync(
        PlannedStep planned, int attempt, TimeSpan timeout, RunPlan plan, JobTemplate template, RunState state, Run run,
        IReadOnlyDictionary<string, ReplayStep> recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var original = recorded.GetValueOrDefault(planned.Id);
        var resolution = StepInputsResolver.Resolve(planned, state, run, _ => SecretPlaceholder, attempt);
        StepHandlerResult result;
        if (!resolution.IsSuccess)
        {
            result = StepHandlerResult.Failed(new StepFailure(StepFailureTypes.ExpressionFailed, "The step's inputs could not be resolved.", planned.Uses, now, false));
        }
        else
        {
            var context = new StepContext(run.TenantId, run.RunId, planned.Id, attempt, resolution.Value!.Value) { Timeout = timeout, TraceId = run.TraceId };
            var isLast = string.Equals(plan.Steps[^1].Id, planned.Id, StringComparison.Ordinal);
            var outcome = await runner.RunAsync(new StepRunRequest(planned.Uses, context)
            {
                Replay = true,
                RecordedOutputs = original?.Outputs,
                OutputSchema = isLast ? template.OutputSchema : null,
            }, cancellationToken);
            result = outcome.Result;
            if (!result.IsSuccess && original is { Outputs: null } && original.Status is "failed")
            {
                result = StepHandlerResult.Failed(new StepFailure("recorded_failure", "The step failed in the recorded run.", planned.Uses, now, false));
            }
        }

        return result.Outputs is { } outputs
            ? new StepSucceeded(now, planned.Id, attempt, outputs.GetRawText(), 0)
            : new StepFailed(now, planned.Id, attempt, result.Failure!, 0, 0.5);
    }
}
