namespace JobForge.Domain.Contracts;

/// <summary>The outcome of <see cref="ExpressionParser.Parse"/>: the parsed string or the first syntax error.</summary>
public sealed class ExpressionParseResult
{
    private ExpressionParseResult(ExpressionString? value, ExpressionSyntaxError? error) => (Value, Error) = (value, error);

    /// <summary>The parsed string when <see cref="IsSuccess"/>.</summary>
    public ExpressionString? Value { get; }

    /// <summary>The syntax error when parsing failed. Parsing stops at the first error: later text may be anything.</summary>
    public ExpressionSyntaxError? Error { get; }

    /// <summary>Whether the string parsed.</summary>
    public bool IsSuccess => Value is not null;

    internal static ExpressionParseResult Success(ExpressionString value) => new(value, null);

    internal static ExpressionParseResult Failure(int position, string code, string message) =>
        new(null, new ExpressionSyntaxError(position, code, message));
}
