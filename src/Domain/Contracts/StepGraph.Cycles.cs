using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <content>Finding and naming dependency cycles.</content>
public static partial class StepGraph
{
    private enum Mark : byte
    {
        Unvisited,
        OnPath,
        Done,
    }

    /// <summary>
    /// Depth-first search from each step in list order, following edges in declared order; every edge back to a step
    /// on the current path closes a cycle. Each cycle is reported once, rotated to start at its earliest-listed step,
    /// at that step's <c>depends_on</c>.
    /// </summary>
    private static bool ReportCycles(IReadOnlyList<StepNode> steps, List<int>[] edges, string stepsPath, ProblemCollector problems)
    {
        var marks = new Mark[steps.Count];
        var path = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = false;
        for (var start = 0; start < steps.Count; start++)
        {
            if (marks[start] == Mark.Unvisited)
            {
                found |= Visit(start, steps, edges, marks, path, seen, stepsPath, problems);
            }
        }

        return found;
    }

    private static bool Visit(
        int node, IReadOnlyList<StepNode> steps, List<int>[] edges, Mark[] marks, List<int> path, HashSet<string> seen,
        string stepsPath, ProblemCollector problems)
    {
        marks[node] = Mark.OnPath;
        path.Add(node);
        var found = false;
        foreach (var next in edges[node])
        {
            if (marks[next] == Mark.OnPath)
            {
                found = true;
                var cycle = path.GetRange(path.IndexOf(next), path.Count - path.IndexOf(next));
                var first = cycle.IndexOf(cycle.Min());
                var rotated = cycle.Skip(first).Concat(cycle.Take(first)).ToList();
                var names = string.Join(" → ", rotated.Append(rotated[0]).Select(i => steps[i].Id));
                if (seen.Add(names))
                {
                    problems.Add($"{stepsPath}[{rotated[0]}].depends_on", ContractProblemCodes.DependencyCycle,
                        $"steps depend on each other in a cycle: {names}");
                }
            }
            else if (marks[next] == Mark.Unvisited)
            {
                found |= Visit(next, steps, edges, marks, path, seen, stepsPath, problems);
            }
        }

        path.RemoveAt(path.Count - 1);
        marks[node] = Mark.Done;
        return found;
    }
}
