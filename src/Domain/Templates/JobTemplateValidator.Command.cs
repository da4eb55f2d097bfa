using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

public static partial class JobTemplateValidator
{
    /// <summary>The <c>command</c> field that lets one expression supply the whole argument array.</summary>
    public const string ArgsFromExpressionField = "args_from_expression";

    // The command step's declarations: they decide what a tenant's inputs may do, so an expression may never set them.
    private static readonly string[] CommandDeclarations = [ArgsFromExpressionField, "path_args", "network"];

    // A command step's arguments: an array whose items may hold expressions, never one expression standing for the
    // whole array (a tenant's input would then choose every argument) unless the template declares it.
    private static void CheckCommandCall(TemplateStep step, string path, ProblemCollector problems)
    {
        foreach (var field in CommandDeclarations)
        {
            if (step.With.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString()!.Contains("${{", StringComparison.Ordinal))
            {
                problems.Add(path + "." + field, ValidationProblemCodes.InvalidValue, field + " must be written literally, never as an expression");
            }
        }

        if (step.With.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.String
            && !(step.With.TryGetProperty(ArgsFromExpressionField, out var declared) && declared.ValueKind == JsonValueKind.True))
        {
            problems.Add(path + ".args", ValidationProblemCodes.InvalidValue,
                "args must be an array; one expression may supply the whole array only when the step declares args_from_expression: true");
        }
    }
}
