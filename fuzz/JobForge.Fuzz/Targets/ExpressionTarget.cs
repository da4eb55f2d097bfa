using System.Text.Json;
using JobForge.Domain.Contracts;

namespace JobForge.Fuzz.Targets;

/// <summary>
/// The <c>${{ … }}</c> expression parser over a step's <c>with</c> string, for steps and for triggers (which add
/// <c>event.*</c>), then the resolver a run uses to fill it in from inputs, step outputs, the event and secrets.
/// Input: the string.
/// </summary>
public static class ExpressionTarget
{
    private static readonly JsonElement s_inputs = JsonDocument.Parse("""{"a":"x","n":1,"list":[1,{"b":[true,null]}],"obj":{"deep":{"er":"y"}}}""").RootElement;
    private static readonly JsonElement s_event = JsonDocument.Parse("""{"type":"order.created","payload":{"id":"o-1","items":[{"sku":"s"}]}}""").RootElement;

    private static readonly ExpressionResolutionContext s_context = new(
        new RunExpressionValues("run-1", "acme", 1) { ProjectId = "web", TemplateId = "acme.ops.check", TemplateVersion = "1.0.0" },
        name => name.StartsWith("MISSING", StringComparison.Ordinal) ? null : "secret-value-of-" + name)
    {
        Inputs = s_inputs,
        StepOutputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["first"] = s_inputs },
        Event = s_event,
        MaxOutputBytes = 64 * 1024,
    };

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] data)
    {
        var text = FuzzInput.Text(data);
        var forSteps = ExpressionParser.Parse(text);
        var forTriggers = ExpressionParser.Parse(text, ExpressionParserOptions.ForTriggers);
        FuzzInput.Check(forSteps.IsSuccess != (forSteps.Error is not null), "a result is a value or an error");
        FuzzInput.Check(!forSteps.IsSuccess || forTriggers.IsSuccess, "what parses for a step parses for a trigger");
        if (!forTriggers.IsSuccess)
        {
            return;
        }

        var with = JsonSerializer.SerializeToElement(text);
        var resolved = ExpressionResolver.Resolve(with, s_context, "$.with", ExpressionParserOptions.ForTriggers);
        FuzzInput.Check((resolved.Value is null) == (resolved.Errors.Count > 0), "a resolution is a value or errors");
    }
}
