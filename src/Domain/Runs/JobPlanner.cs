using JobForge.Domain.Contracts;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

/// <summary>
/// The plan of a dry run: the template's regular steps in execution order (<see cref="StepGraph.Analyze"/>), then the
/// compensation-only steps in list order. A template whose graph is not valid (catalog templates always are) yields
/// its steps in list order.
/// </summary>
public static class JobPlanner
{
    /// <summary>The plan of <paramref name="template"/>.</summary>
    public static IReadOnlyList<PlanStep> Plan(JobTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var compensations = template.Steps.Select(step => step.Compensate).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var nodes = template.Steps
            .Select(step => new StepNode(step.Id)
            {
                DependsOn = step.Dependencies,
                Compensate = step.Compensate,
                IsCompensation = compensations.Contains(step.Id),
            })
            .ToList();
        var graph = StepGraph.Analyze(nodes);
        var byId = template.Steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        var order = graph.IsValid
            ? graph.ExecutionOrder.Concat(template.Steps.Where(step => compensations.Contains(step.Id)).Select(step => step.Id))
            : template.Steps.Select(step => step.Id);
        return order
            .Select(id => byId[id])
            .Select(step => new PlanStep(
                step.Id,
                step.Uses,
                step.With,
                graph.Dependencies.TryGetValue(step.Id, out var dependencies) ? dependencies : step.Dependencies,
                step.Retry,
                step.Timeout ?? template.DefaultTimeout,
                step.RequiresApproval,
                step.Compensate))
            .ToList();
    }
}
