using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>One parsed <c>${{ … }}</c> expression.</summary>
/// <param name="Root">What it reads from.</param>
/// <param name="Text">The expression without <c>${{</c>, <c>}}</c> and surrounding whitespace, e.g. <c>inputs.items[0]</c>.</param>
/// <param name="Path">The steps after the root (for <c>steps.a.outputs.x</c>: <c>a</c>, <c>outputs</c>, <c>x</c>).</param>
/// <param name="Position">The zero-based offset of its <c>${{</c> in the string it came from.</param>
public sealed record ContractExpression(ExpressionRoot Root, string Text, IReadOnlyList<PayloadPathSegment> Path, int Position)
{
    /// <summary>The step id of a <see cref="ExpressionRoot.Steps"/> expression; otherwise null.</summary>
    public string? StepId => Root == ExpressionRoot.Steps ? Path[0].Name : null;

    /// <summary>The secret name of a <see cref="ExpressionRoot.Secrets"/> expression; otherwise null.</summary>
    public string? SecretName => Root == ExpressionRoot.Secrets ? Path[0].Name : null;

    /// <summary>The top-level input name of an <see cref="ExpressionRoot.Inputs"/> expression; otherwise null.</summary>
    public string? InputName => Root == ExpressionRoot.Inputs && Path.Count > 0 ? Path[0].Name : null;

    /// <summary>The <c>run.*</c> field of a <see cref="ExpressionRoot.Run"/> expression; otherwise null.</summary>
    public string? RunField => Root == ExpressionRoot.Run ? Path[0].Name : null;
}
