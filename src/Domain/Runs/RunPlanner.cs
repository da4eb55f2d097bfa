using System.Text.Json;
using JobForge.Domain.Contracts;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

/// <summary>
/// Derives a <see cref="RunPlan"/> from a template snapshot: the regular steps in execution order
/// (<see cref="StepGraph.Analyze"/>, dependencies first, list order otherwise; list order when the graph is not
/// valid), the compensation-only steps (those another step's <c>compensate</c> names) by id, each step's retry policy
/// (its <c>retry</c>, else the template's <see cref="JobTemplate.DefaultMaxAttempts"/> with the default intervals) and
/// timeout (its own, else <see cref="JobTemplate.DefaultTimeout"/>), and the run-level limits from <see cref="RunPlanDefaults"/>.
/// </summary>
public static class RunPlanner
{
    /// <summary>The plan of <paramref name="template"/> under <paramref name="defaults"/>.</summary>
    public static RunPlan Build(JobTemplate template, RunPlanDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(defaults);
        var compensationIds = template.Steps.Select(step => step.Compensate).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var nodes = template.Steps
            .Select(step => new StepNode(step.Id)
            {
                DependsOn = step.Dependencies,
                Compensate = step.Compensate,
                IsCompensation = compensationIds.Contains(step.Id),
                ReferencedSteps = step.With.ValueKind == JsonValueKind.Object
                    ? StepInputsAnalyzer.Analyze(step.With, "$.with", new ExpressionReferenceContext()).ReferencedSteps
                    : [],
            })
            .ToList();
        var graph = StepGraph.Analyze(nodes, reportReferenceProblems: false);
        var byId = new Dictionary<string, TemplateStep>(StringComparer.Ordinal);
        foreach (var step in template.Steps)
        {
            byId.TryAdd(step.Id, step);
        }

        var order = graph.IsValid
            ? graph.ExecutionOrder.Select(id => byId[id])
            : template.Steps.Where(step => !compensationIds.Contains(step.Id));
        var compensations = new Dictionary<string, PlannedStep>(StringComparer.Ordinal);
        foreach (var id in compensationIds.Where(byId.ContainsKey))
        {
            compensations[id] = Plan(byId[id], template);
        }

        return new RunPlan(order.Select(step => Plan(step, template)).ToList(), compensations, defaults.RunTimeout, defaults.ApprovalTimeout)
        {
            RequiresApproval = defaults.RequireApprovalForActionJobs && template.IsActionJob,
            MaxDeliveries = defaults.MaxDeliveries,
        };
    }

    /// <summary>The retry policy of <paramref name="step"/>: its <c>retry</c>, else the template's default attempts with the default intervals.</summary>
    public static RetryPolicy RetryOf(TemplateStep step, JobTemplate template)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(template);
        var retry = step.Retry;
        return retry is null
            ? new RetryPolicy(template.DefaultMaxAttempts, RetryPolicy.Default.FirstInterval, RetryPolicy.Default.Backoff, RetryPolicy.Default.MaxInterval)
            : new RetryPolicy(retry.MaxAttempts, retry.FirstInterval, retry.Backoff, retry.MaxInterval);
    }

    private static PlannedStep Plan(TemplateStep step, JobTemplate template) =>
        new(step.Id, step.Uses, step.With, RetryOf(step, template), step.Timeout ?? template.DefaultTimeout, step.RequiresApproval, step.Compensate);
}
