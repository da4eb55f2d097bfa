namespace JobForge.Domain.Contracts;

/// <summary>One step as the dependency graph sees it.</summary>
/// <param name="Id">The step id (the syntax of <see cref="ExpressionParser.IsName"/>, so <c>steps.&lt;id&gt;</c> can name it).</param>
public sealed record StepNode(string Id)
{
    /// <summary>The ids in its <c>depends_on</c>, as written. They may name steps listed before or after it.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The id of the compensation-only step that undoes this step, if any.</summary>
    public string? Compensate { get; init; }

    /// <summary>
    /// Whether this step is compensation-only: it never runs in the normal order, only when a run rolls back the step
    /// whose <c>compensate</c> names it. It may read earlier regular steps' outputs; regular steps may not read or
    /// depend on it.
    /// </summary>
    public bool IsCompensation { get; init; }

    /// <summary>
    /// The steps its expressions refer to (<see cref="StepInputsAnalysis.ReferencedSteps"/>). A reference implies a
    /// dependency, and must name a step listed earlier.
    /// </summary>
    public IReadOnlyList<string> ReferencedSteps { get; init; } = [];
}
