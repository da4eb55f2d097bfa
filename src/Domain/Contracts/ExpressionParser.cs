using System.Text;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Splits a string into literal text and <c>${{ expr }}</c> expressions. Total: never throws on any input, and does
/// work linear in the string's length (strings over <see cref="ExpressionParserOptions.MaxStringLength"/> are rejected).
/// </summary>
/// <remarks>
/// <para>
/// Grammar: <c>expr := root ('.' name | '[' index ']')*</c> with optional spaces, tabs or newlines just inside the
/// braces; <c>name := [A-Za-z_][A-Za-z0-9_-]*</c> (at most 64 characters); <c>index</c> a decimal 0–9999 without
/// leading zeros. Roots: <c>inputs.&lt;name&gt;…</c>; <c>steps.&lt;id&gt;.outputs…</c>; <c>run.&lt;field&gt;</c>
/// (<see cref="RunExpressionFields"/>); <c>secrets.&lt;NAME&gt;</c> with <c>NAME</c> matching <c>[A-Z][A-Z0-9_]*</c>;
/// <c>event…</c> only when <see cref="ExpressionParserOptions.AllowEvent"/> is set. There are no operators, functions
/// or literals: an expression is a reference.
/// </para>
/// <para>
/// Escape: <c>$${{</c> stands for the literal text <c>${{</c> (nothing inside it is parsed). A lone <c>$</c>, <c>{{</c>
/// or <c>}}</c> is ordinary text. (Consequence: a literal <c>$</c> directly before an expression cannot be written.)
/// </para>
/// </remarks>
public static partial class ExpressionParser
{
    private const string Open = "${{";
    private const string Close = "}}";

    /// <summary>Parses <paramref name="text"/> (null is treated as empty).</summary>
    public static ExpressionParseResult Parse(string? text, ExpressionParserOptions? options = null)
    {
        options ??= ExpressionParserOptions.Default;
        text ??= string.Empty;
        if (text.Length > options.MaxStringLength)
        {
            return ExpressionParseResult.Failure(0, ValidationProblemCodes.TooLong,
                $"the string is longer than {options.MaxStringLength} characters");
        }

        var parts = new List<ExpressionStringPart>();
        var literal = new StringBuilder();
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var dollar = text.IndexOf('$', i);
            if (dollar < 0)
            {
                literal.Append(text, i, text.Length - i);
                break;
            }

            literal.Append(text, i, dollar - i);
            if (string.CompareOrdinal(text, dollar, "$" + Open, 0, 4) == 0)
            {
                literal.Append(Open);
                i = dollar + 4;
                continue;
            }

            if (string.CompareOrdinal(text, dollar, Open, 0, 3) != 0)
            {
                literal.Append('$');
                i = dollar + 1;
                continue;
            }

            if (++count > options.MaxExpressionsPerString)
            {
                return ExpressionParseResult.Failure(dollar, ContractProblemCodes.TooManyExpressions,
                    $"more than {options.MaxExpressionsPerString} expressions in one string");
            }

            var failure = TryReadExpression(text, dollar, options, out var expression, out var next);
            if (failure is not null)
            {
                return failure;
            }

            Flush(literal, parts);
            parts.Add(new ExpressionStringPart(string.Empty, expression));
            i = next;
        }

        Flush(literal, parts);
        return ExpressionParseResult.Success(new ExpressionString(parts));
    }

    private static void Flush(StringBuilder literal, List<ExpressionStringPart> parts)
    {
        if (literal.Length > 0)
        {
            parts.Add(new ExpressionStringPart(literal.ToString(), null));
            literal.Clear();
        }
    }

    private static ExpressionParseResult? TryReadExpression(
        string text, int start, ExpressionParserOptions options, out ContractExpression? expression, out int next)
    {
        expression = null;
        next = 0;
        var bodyStart = start + Open.Length;
        var searchLength = Math.Min(text.Length - bodyStart, options.MaxExpressionLength + 2);
        var close = text.IndexOf(Close, bodyStart, searchLength, StringComparison.Ordinal);
        if (close < 0)
        {
            return searchLength < text.Length - bodyStart
                ? ExpressionParseResult.Failure(start, ContractProblemCodes.ExpressionTooLong,
                    $"an expression is longer than {options.MaxExpressionLength} characters (or its '}}}}' is missing)")
                : ExpressionParseResult.Failure(start, ContractProblemCodes.ExpressionUnterminated,
                    "'${{' has no closing '}}'");
        }

        if (close - bodyStart > options.MaxExpressionLength)
        {
            return ExpressionParseResult.Failure(start, ContractProblemCodes.ExpressionTooLong,
                $"an expression is longer than {options.MaxExpressionLength} characters");
        }

        var leading = 0;
        while (bodyStart + leading < close && IsSpace(text[bodyStart + leading]))
        {
            leading++;
        }

        var end = close;
        while (end > bodyStart + leading && IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end == bodyStart + leading)
        {
            return ExpressionParseResult.Failure(start, ContractProblemCodes.ExpressionEmpty, "'${{ }}' holds no expression");
        }

        next = close + Close.Length;
        return ParseReference(text[(bodyStart + leading)..end], bodyStart + leading, start, options, out expression);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
