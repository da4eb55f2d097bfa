using JobForge.Domain.Contracts;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

/// <summary>
/// The plan of a dry run: the template's regular steps in execution order (<see cref="StepGraph.Analyze"/>), then the
/// compensation-only steps in list order. A template whose graph is not valid (catalog templates always are) yields
/// its steps in list order. Given the inputs, each step's <c>with</c> is resolved (<see cref="ExpressionResolver"/>)
/// against the inputs and run fields; a step whose <c>with</c> needs step outputs, secrets or anything else unknown
/// before the run keeps its raw <c>with</c>.
/// </summary>
public static class JobPlanner
{
    /// <summary>The plan of <paramref name="template"/>; <paramref name="context"/> (inputs and run fields) resolves <c>with</c> where it can.</summary>
    public static IReadOnlyList<PlanStep> Plan(JobTemplate template, ExpressionResolutionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var compensations = template.Steps.Select(step => step.Compensate).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var nodes = template.Steps
            .Select(step => new StepNode(step.Id)
            {
                DependsOn = step.Dependencies,
                Compensate = step.Compensate,
                IsCompensation = compensations.Contains(step.Id),
                ReferencedSteps = step.With.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? StepInputsAnalyzer.Analyze(step.With, "$.with", new ExpressionReferenceContext()).ReferencedSteps
                    : [],
            })
            .ToList();
        var graph = StepGraph.Analyze(nodes, reportReferenceProblems: false);
        var byId = template.Steps.ToDictionary(step => step.Id, StringComparer.Ordinal);
        var order = graph.IsValid
            ? graph.ExecutionOrder.Concat(template.Steps.Where(step => compensations.Contains(step.Id)).Select(step => step.Id))
            : template.Steps.Select(step => step.Id);
        var plan = new List<PlanStep>();
        foreach (var step in order.Select(id => byId[id]))
        {
            var resolved = Resolve(step, context);
            plan.Add(new PlanStep(
                step.Id,
                step.Uses,
                resolved ?? step.With,
                graph.Dependencies.TryGetValue(step.Id, out var dependencies) ? dependencies : step.Dependencies,
                step.Retry,
                step.Timeout ?? template.DefaultTimeout,
                step.RequiresApproval,
                step.Compensate,
                resolved is not null));
        }

        return plan;
    }

    private static System.Text.Json.JsonElement? Resolve(TemplateStep step, ExpressionResolutionContext? context)
    {
        if (context is null || step.With.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return null;
        }

        var resolution = ExpressionResolver.Resolve(step.With, context);
        return resolution.IsSuccess && resolution.SecretValues.Count == 0 ? resolution.Value : null;
    }
}
