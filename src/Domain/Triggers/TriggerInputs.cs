using System.Text.Json;
using JobForge.Domain.Contracts;
using JobForge.Domain.Events;

namespace JobForge.Domain.Triggers;

/// <summary>
/// A trigger's <c>target_inputs</c>: checked at creation (every string parses as an expression string; <c>${{ event.* }}</c>
/// only in event triggers) and resolved at fire time against the event envelope with <see cref="ExpressionResolver"/>.
/// </summary>
public static class TriggerInputs
{
    /// <summary>The syntax problems of <paramref name="inputs"/>, with JSON paths under <c>$.target_inputs</c>.</summary>
    public static IReadOnlyList<ValidationProblem> Check(JsonElement inputs, TriggerType type)
    {
        var problems = new List<ValidationProblem>();
        var options = type == TriggerType.Event ? ExpressionParserOptions.ForTriggers : ExpressionParserOptions.Default;
        Walk(inputs, "$.target_inputs", options, problems, 0);
        return problems;
    }

    /// <summary>Resolves <paramref name="trigger"/>'s inputs for one fire; <paramref name="evt"/> is the triggering event, if any.</summary>
    public static ExpressionResolution Resolve(Trigger trigger, string fireIdentity, TriggerEvent? evt)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var values = new RunExpressionValues(fireIdentity, trigger.TenantId, 1) { ProjectId = trigger.ProjectId, TemplateId = trigger.TargetTemplateKey };
        var context = new ExpressionResolutionContext(values, static _ => null) { Event = evt?.Envelope };
        return ExpressionResolver.Resolve(trigger.TargetInputs, context, "$.target_inputs", ExpressionParserOptions.ForTriggers);
    }

    private static void Walk(JsonElement value, string path, ExpressionParserOptions options, List<ValidationProblem> problems, int depth)
    {
        if (problems.Count >= ValidationProblemCodes.ProblemLimit || depth > 32)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var parsed = ExpressionParser.Parse(value.GetString(), options);
                if (parsed.Error is { } error)
                {
                    problems.Add(error.ToProblem(path));
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Walk(property.Value, JsonPathText.Property(path, property.Name), options, problems, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, JsonPathText.Item(path, i++), options, problems, depth + 1);
                }

                break;
        }
    }
}
