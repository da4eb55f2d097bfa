namespace JobForge.Domain.Contracts;

/// <summary>What <see cref="PermissionAnalyzer.Analyze"/> looks at.</summary>
/// <param name="Category">The template category (<c>ops</c>, <c>support</c>, …): write steps need <c>&lt;category&gt;:write</c>.</param>
/// <param name="IsActionJob">Whether the template is an action job (allowed to write, behind a policy token).</param>
/// <param name="Scopes">The scopes the template declares it needs.</param>
/// <param name="Steps">The steps in list order.</param>
public sealed record PermissionAnalysisInput(
    string Category, bool IsActionJob, IReadOnlyList<string> Scopes, IReadOnlyList<StepPermissionInput> Steps)
{
    /// <summary>The JSON path of the steps array.</summary>
    public string StepsPath { get; init; } = "$.steps";

    /// <summary>The JSON path of the scopes array.</summary>
    public string ScopesPath { get; init; } = "$.scopes";

    /// <summary>Decides whether a step can write; <see cref="HandlerWriteTable.CanWrite"/> when null.</summary>
    public Func<StepPermissionInput, bool>? CanWrite { get; init; }
}
