using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <content>Reading each step's edges and its <c>compensate</c>.</content>
public static partial class StepGraph
{
    private static List<int> ReadEdges(
        IReadOnlyList<StepNode> steps, int i, Dictionary<string, int> index, string stepPath, ProblemCollector problems, bool reportReferences)
    {
        var step = steps[i];
        var edges = new List<int>();
        var dependsOn = step.DependsOn ?? [];
        if (dependsOn.Count > MaxDependencies)
        {
            problems.Add($"{stepPath}.depends_on", ValidationProblemCodes.TooManyItems, $"a step may depend on at most {MaxDependencies} steps");
            return edges;
        }

        for (var j = 0; j < dependsOn.Count; j++)
        {
            var problem = CheckTarget(steps, i, dependsOn[j], index, later: true, out var target);
            Record(problems, $"{stepPath}.depends_on[{j}]", problem);
            AddTarget(edges, problem is null ? target : -1);
        }

        foreach (var referenced in (step.ReferencedSteps ?? []).Take(MaxDependencies))
        {
            var problem = CheckTarget(steps, i, referenced, index, later: false, out var target);
            if (reportReferences)
            {
                Record(problems, $"{stepPath}.with", problem);
            }

            AddTarget(edges, problem is null ? target : -1);
        }

        return edges;
    }

    private static (string Code, string Message)? CheckTarget(
        IReadOnlyList<StepNode> steps, int i, string? id, Dictionary<string, int> index, bool later, out int target)
    {
        target = -1;
        if (id is null || !index.TryGetValue(id, out target))
        {
            return (ContractProblemCodes.UnknownStep, $"unknown step '{Cut(id)}'");
        }

        if (target == i || string.Equals(id, steps[i].Id, StringComparison.Ordinal))
        {
            return (ContractProblemCodes.SelfReference, $"step '{id}' cannot depend on itself");
        }

        if (steps[target].IsCompensation && !steps[i].IsCompensation)
        {
            return (ContractProblemCodes.CompensationStepReference,
                $"step '{id}' is compensation-only; regular steps cannot depend on or read it");
        }

        return !later && target > i
            ? (ContractProblemCodes.LaterStep, $"step '{id}' is listed after step '{steps[i].Id}'; only earlier steps' outputs can be used")
            : null;
    }

    private static void CheckCompensate(IReadOnlyList<StepNode> steps, int i, Dictionary<string, int> index, string stepPath, ProblemCollector problems)
    {
        var compensate = steps[i].Compensate;
        if (compensate is null)
        {
            return;
        }

        var path = $"{stepPath}.compensate";
        if (steps[i].IsCompensation)
        {
            problems.Add(path, ContractProblemCodes.InvalidCompensateTarget, "a compensation step cannot have a compensate step of its own");
        }
        else if (!index.TryGetValue(compensate, out var target))
        {
            problems.Add(path, ContractProblemCodes.UnknownStep, $"unknown step '{Cut(compensate)}'");
        }
        else if (target == i)
        {
            problems.Add(path, ContractProblemCodes.SelfReference, $"step '{compensate}' cannot compensate itself");
        }
        else if (!steps[target].IsCompensation)
        {
            problems.Add(path, ContractProblemCodes.InvalidCompensateTarget,
                $"step '{compensate}' is a regular step; a compensate target must be marked compensation-only");
        }
    }

    private static void Record(ProblemCollector problems, string path, (string Code, string Message)? problem)
    {
        if (problem is { } found)
        {
            problems.Add(path, found.Code, found.Message);
        }
    }

    private static void AddTarget(List<int> edges, int target)
    {
        if (target >= 0 && !edges.Contains(target))
        {
            edges.Add(target);
        }
    }

    private static string Cut(string? id) => id is null ? "(null)" : id.Length <= 64 ? id : id[..64] + "…";
}
