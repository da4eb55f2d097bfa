using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>What <see cref="StepGraph.Analyze"/> found.</summary>
/// <param name="Problems">Every problem, each at the JSON path of the offending field (<c>$.steps[2].depends_on[0]</c>).</param>
/// <param name="ExecutionOrder">
/// The regular step ids in execution order: every step after all it depends on (explicitly or by reference), ties
/// broken by list order. Empty when there is a dependency cycle; invalid edges (unknown ids, references to later or
/// compensation steps) are left out, so use it only when <see cref="IsValid"/>.
/// </param>
/// <param name="Dependencies">Each step's effective dependencies (<c>depends_on</c> plus referenced steps, distinct, valid ones only), by id.</param>
public sealed record StepGraphResult(
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyList<string> ExecutionOrder,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Dependencies)
{
    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;
}
