using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Checks a contract's steps in one call: each step's <c>with</c> expressions (<see cref="StepInputsAnalyzer"/>,
/// against the inputs and the steps listed before it) and then the graph (<see cref="StepGraph"/>, with the
/// references found). Expression problems come first, each at its exact string; the graph does not repeat them.
/// </summary>
public static class StepContractValidator
{
    /// <summary>Validates <paramref name="steps"/>, found at JSON <paramref name="stepsPath"/>.</summary>
    /// <param name="steps">The steps in list order.</param>
    /// <param name="inputNames">The input schema's top-level property names, or null when there is no schema.</param>
    /// <param name="secretsAllowed">Whether <c>secrets.*</c> may be used.</param>
    /// <param name="stepsPath">The JSON path of the steps array.</param>
    /// <param name="options">Parser options (<see cref="ExpressionParserOptions.ForTriggers"/> for trigger contracts).</param>
    public static StepGraphResult Validate(
        IReadOnlyList<StepContract> steps, IReadOnlySet<string>? inputNames, bool secretsAllowed = true,
        string stepsPath = "$.steps", ExpressionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count > StepGraph.MaxSteps)
        {
            return StepGraph.Analyze(steps.Select(step => new StepNode(step.Id)).ToList(), stepsPath);
        }

        var all = steps.Select(step => step.Id).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        var compensation = steps.Where(step => step.IsCompensation && step.Id is not null).Select(step => step.Id).ToHashSet(StringComparer.Ordinal);
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        var nodes = new List<StepNode>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var referenced = (IReadOnlyList<string>)[];
            if (step.With.ValueKind != JsonValueKind.Undefined)
            {
                var context = new ExpressionReferenceContext
                {
                    InputNames = inputNames,
                    CurrentStepId = step.Id,
                    EarlierStepIds = new HashSet<string>(earlier, StringComparer.Ordinal),
                    AllStepIds = all,
                    CompensationStepIds = compensation,
                    CurrentIsCompensation = step.IsCompensation,
                    SecretsAllowed = secretsAllowed,
                };
                var analysis = StepInputsAnalyzer.Analyze(step.With, $"{stepsPath}[{i}].with", context, options);
                problems.AddRange(analysis.Problems);
                referenced = analysis.ReferencedSteps;
            }

            if (step.Id is not null && !step.IsCompensation)
            {
                earlier.Add(step.Id);
            }

            nodes.Add(new StepNode(step.Id!) { DependsOn = step.DependsOn, Compensate = step.Compensate, IsCompensation = step.IsCompensation, ReferencedSteps = referenced });
        }

        var graph = StepGraph.Analyze(nodes, stepsPath, reportReferenceProblems: false);
        return graph with { Problems = [.. problems.Take(ValidationProblemCodes.ProblemLimit), .. graph.Problems] };
    }
}
