namespace JobForge.Domain.Contracts;

/// <summary>A piece of an <see cref="ExpressionString"/>: literal text (escapes already undone) or one expression.</summary>
/// <param name="Literal">The text, when <paramref name="Expression"/> is null.</param>
/// <param name="Expression">The expression, or null for literal text.</param>
public sealed record ExpressionStringPart(string Literal, ContractExpression? Expression)
{
    /// <summary>Whether this part is an expression.</summary>
    public bool IsExpression => Expression is not null;
}
