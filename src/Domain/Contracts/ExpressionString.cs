namespace JobForge.Domain.Contracts;

/// <summary>
/// A string value of a step's <c>with</c>, split into literal text and <c>${{ … }}</c> expressions. A value that is
/// exactly one expression (<see cref="IsSingleExpression"/>, no text around it, not even spaces) keeps the JSON type of
/// what it refers to when resolved; any other string resolves to a string.
/// </summary>
public sealed class ExpressionString
{
    internal ExpressionString(IReadOnlyList<ExpressionStringPart> parts) => Parts = parts;

    /// <summary>The pieces in order. Adjacent literal text is merged; an empty string has no parts.</summary>
    public IReadOnlyList<ExpressionStringPart> Parts { get; }

    /// <summary>Whether the value is exactly one expression.</summary>
    public bool IsSingleExpression => Parts is [{ IsExpression: true }];

    /// <summary>Whether there is any expression.</summary>
    public bool HasExpressions => Parts.Any(part => part.IsExpression);

    /// <summary>The expressions in order.</summary>
    public IEnumerable<ContractExpression> Expressions => Parts.Where(part => part.IsExpression).Select(part => part.Expression!);

    /// <summary>The literal text with every expression removed (what a scanner should look at).</summary>
    public string LiteralText => string.Concat(Parts.Where(part => !part.IsExpression).Select(part => part.Literal));
}
