using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Parses and checks every string inside a step's <c>with</c> value (at any depth; property names are never
/// expressions). Total and bounded: at most <see cref="ValidationProblemCodes.ProblemLimit"/> problems.
/// </summary>
public static class StepInputsAnalyzer
{
    /// <summary>Analyzes <paramref name="with"/>, found at JSON <paramref name="path"/> (e.g. <c>$.steps[2].with</c>).</summary>
    public static StepInputsAnalysis Analyze(
        JsonElement with, string path, ExpressionReferenceContext context, ExpressionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new ProblemCollector();
        var steps = new List<string>();
        var inputs = new List<string>();
        var secrets = new List<string>();
        ContractJsonWalker.Walk(with, path, (value, at, ancestors) =>
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                return true;
            }

            var parsed = ExpressionParser.Parse(JsonRawText.String(value, out _), options);
            if (parsed.Error is { } error)
            {
                var problem = error.ToProblem(at);
                problems.Add(problem.Path, problem.Code, problem.Message);
                return !problems.IsFull;
            }

            foreach (var expression in parsed.Value!.Expressions)
            {
                AddDistinct(steps, expression.StepId);
                AddDistinct(inputs, expression.InputName);
                AddDistinct(secrets, expression.SecretName);
            }

            foreach (var problem in ExpressionValidator.Validate(parsed.Value, at, context))
            {
                problems.Add(problem.Path, problem.Code, problem.Message);
            }

            return !problems.IsFull;
        });
        return new StepInputsAnalysis(problems.ToList(), steps, inputs, secrets);
    }

    private static void AddDistinct(List<string> list, string? value)
    {
        if (value is not null && !list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
