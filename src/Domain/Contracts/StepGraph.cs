using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Checks the steps of a template as a dependency graph and orders them. Rules: ids are well-formed and unique;
/// <c>depends_on</c> names existing steps other than itself (listed before or after); expression references name
/// steps listed earlier and count as dependencies; regular steps never depend on compensation-only steps;
/// <c>compensate</c> names a compensation-only step and compensation steps have no <c>compensate</c> of their own;
/// there are no cycles (each reported once, named <c>a → b → a</c>). Deterministic, and bounded by
/// <see cref="MaxSteps"/> and <see cref="MaxDependencies"/>.
/// </summary>
public static partial class StepGraph
{
    /// <summary>The most steps a template may have.</summary>
    public const int MaxSteps = 200;

    /// <summary>The most ids in one step's <c>depends_on</c>.</summary>
    public const int MaxDependencies = 50;

    /// <summary>Analyzes <paramref name="steps"/>, found at JSON <paramref name="stepsPath"/>.</summary>
    /// <param name="steps">The steps in list order.</param>
    /// <param name="stepsPath">The JSON path of the steps array.</param>
    /// <param name="reportReferenceProblems">
    /// Whether to report bad <see cref="StepNode.ReferencedSteps"/> (at <c>…with</c>). Pass false when
    /// <see cref="StepInputsAnalyzer"/> already reported them at the exact string; bad references are dropped either way.
    /// </param>
    public static StepGraphResult Analyze(IReadOnlyList<StepNode> steps, string stepsPath = "$.steps", bool reportReferenceProblems = true)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(stepsPath);
        var problems = new ProblemCollector();
        if (steps.Count > MaxSteps)
        {
            problems.Add(stepsPath, ContractProblemCodes.TooManySteps, $"a template may have at most {MaxSteps} steps");
            return new StepGraphResult(problems.ToList(), [], new Dictionary<string, IReadOnlyList<string>>());
        }

        var index = IndexIds(steps, stepsPath, problems);
        var edges = new List<int>[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            edges[i] = ReadEdges(steps, i, index, $"{stepsPath}[{i}]", problems, reportReferenceProblems);
            CheckCompensate(steps, i, index, $"{stepsPath}[{i}]", problems);
        }

        var hasCycle = ReportCycles(steps, edges, stepsPath, problems);
        var order = hasCycle ? [] : Order(steps, edges, index);
        var dependencies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            dependencies.TryAdd(steps[i].Id ?? string.Empty, edges[i].Select(target => steps[target].Id).ToArray());
        }

        return new StepGraphResult(problems.ToList(), order, dependencies);
    }

    private static Dictionary<string, int> IndexIds(IReadOnlyList<StepNode> steps, string stepsPath, ProblemCollector problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var id = steps[i].Id;
            if (!ExpressionParser.IsName(id))
            {
                problems.Add($"{stepsPath}[{i}].id", ContractProblemCodes.InvalidStepId,
                    "a step id is 1–64 letters, digits, '_' or '-', starting with a letter or '_'");
            }
            else if (!index.TryAdd(id, i))
            {
                problems.Add($"{stepsPath}[{i}].id", ContractProblemCodes.DuplicateStepId,
                    $"step id '{id}' is already used by {stepsPath}[{index[id]}]");
            }
        }

        return index;
    }

    private static List<string> Order(IReadOnlyList<StepNode> steps, List<int>[] edges, Dictionary<string, int> index)
    {
        var regular = index.Values.Where(i => !steps[i].IsCompensation).ToHashSet();
        var waiting = new Dictionary<int, int>();
        var dependents = regular.ToDictionary(i => i, _ => new List<int>());
        foreach (var i in regular)
        {
            var deps = edges[i].Where(regular.Contains).ToList();
            waiting[i] = deps.Count;
            deps.ForEach(dep => dependents[dep].Add(i));
        }

        var ready = new SortedSet<int>(regular.Where(i => waiting[i] == 0));
        var order = new List<int>(regular.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            foreach (var dependent in dependents[next].Where(dependent => --waiting[dependent] == 0))
            {
                ready.Add(dependent);
            }
        }

        return order.ConvertAll(i => steps[i].Id);
    }
}
