using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <content>The reference grammar inside the braces, and each root's shape.</content>
public static partial class ExpressionParser
{
    private const int MaxNameLength = 64;
    private const int MaxIndex = 9999;

    private static ExpressionParseResult? ParseReference(
        string body, int offset, int start, ExpressionParserOptions options, out ContractExpression? expression)
    {
        expression = null;
        var segments = new List<PayloadPathSegment>();
        var position = 0;
        var root = ReadName(body, ref position);
        if (root is null)
        {
            return Invalid(offset, $"expected a name such as 'inputs', found {Describe(body, 0)}");
        }

        while (position < body.Length)
        {
            var at = position;
            var ok = body[position] switch
            {
                '.' => ReadProperty(body, ref position, segments),
                '[' => ReadIndex(body, ref position, segments),
                _ => false,
            };
            if (!ok)
            {
                return Invalid(offset + at, $"unexpected {Describe(body, at)} in '{Cut(body)}'");
            }

            if (segments.Count > options.MaxPathSegments)
            {
                return Invalid(offset + at, $"a path has more than {options.MaxPathSegments} steps");
            }
        }

        var rootKind = root switch
        {
            "inputs" => ExpressionRoot.Inputs,
            "steps" => ExpressionRoot.Steps,
            "run" => ExpressionRoot.Run,
            "secrets" => ExpressionRoot.Secrets,
            "event" when options.AllowEvent => ExpressionRoot.Event,
            _ => (ExpressionRoot?)null,
        };
        if (rootKind is null)
        {
            var hint = root == "event" ? "; 'event' is only available in trigger contracts" : string.Empty;
            return ExpressionParseResult.Failure(offset, ContractProblemCodes.ExpressionUnknownRoot,
                $"unknown expression root '{Cut(root)}': use inputs, steps, run or secrets{hint}");
        }

        var shape = CheckShape(rootKind.Value, segments);
        if (shape is not null)
        {
            return Invalid(offset, $"'{Cut(body)}': {shape}");
        }

        expression = new ContractExpression(rootKind.Value, body, segments, start);
        return null;
    }

    private static string? CheckShape(ExpressionRoot root, List<PayloadPathSegment> path) => root switch
    {
        // Bare 'inputs' is the whole validated inputs object (the built-in autopilot templates pass it to their module).
        ExpressionRoot.Inputs when path is not ([] or [{ Kind: PayloadPathSegmentKind.Property }, ..]) =>
            "expected inputs or inputs.<name>",
        ExpressionRoot.Steps when path is not [{ Kind: PayloadPathSegmentKind.Property }, { Kind: PayloadPathSegmentKind.Property, Name: "outputs" }, ..] =>
            "expected steps.<id>.outputs or steps.<id>.outputs.<path>",
        ExpressionRoot.Run when path is not [{ Kind: PayloadPathSegmentKind.Property } field] || !RunExpressionFields.All.Contains(field.Name) =>
            "expected run.<field> with field one of " + string.Join(", ", RunExpressionFields.All),
        ExpressionRoot.Secrets when path is not [{ Kind: PayloadPathSegmentKind.Property } name] || !IsSecretName(name.Name) =>
            "expected secrets.<NAME> with NAME of capital letters, digits and '_', starting with a letter",
        _ => null,
    };

    /// <summary>Whether <paramref name="name"/> is a valid secret name: <c>[A-Z][A-Z0-9_]*</c>, at most 64 characters.</summary>
    public static bool IsSecretName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength }
        && char.IsAsciiLetterUpper(name[0])
        && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>Whether <paramref name="name"/> can follow a dot in an expression (so it can be a step id or input name).</summary>
    public static bool IsName(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var position = 0;
        return ReadName(name, ref position) is not null && position == name.Length;
    }

    private static string? ReadName(string text, ref int position)
    {
        var start = position;
        if (position >= text.Length || !(char.IsAsciiLetter(text[position]) || text[position] == '_'))
        {
            return null;
        }

        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '_' or '-'))
        {
            position++;
        }

        return position - start > MaxNameLength ? null : text[start..position];
    }

    private static bool ReadProperty(string text, ref int position, List<PayloadPathSegment> segments)
    {
        var at = position + 1;
        var name = ReadName(text, ref at);
        if (name is null)
        {
            return false;
        }

        segments.Add(PayloadPathSegment.Property(name));
        position = at;
        return true;
    }

    private static bool ReadIndex(string text, ref int position, List<PayloadPathSegment> segments)
    {
        var close = text.IndexOf(']', position);
        if (close < 0)
        {
            return false;
        }

        var inner = text.AsSpan(position + 1, close - position - 1);
        if (inner.Length is 0 or > 4 || inner.ContainsAnyExceptInRange('0', '9') || (inner.Length > 1 && inner[0] == '0'))
        {
            return false;
        }

        var index = int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture);
        if (index > MaxIndex)
        {
            return false;
        }

        segments.Add(PayloadPathSegment.Item(index));
        position = close + 1;
        return true;
    }

    private static ExpressionParseResult Invalid(int position, string message) =>
        ExpressionParseResult.Failure(position, ContractProblemCodes.ExpressionInvalidPath, message);

    private static string Describe(string text, int position) =>
        position >= text.Length ? "the end" : char.IsControl(text[position]) ? "a control character" : $"'{text[position]}'";

    private static string Cut(string text) => text.Length <= 48 ? text : text[..48] + "…";
}
