using System.Text.Json;
using System.Text.RegularExpressions;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

public static partial class JobTemplateValidator
{
    /// <summary>The longest step id.</summary>
    public const int MaxStepIdLength = 64;

    // Returns whether the steps are sound enough for the plugged-in rules (ids unique, kinds known, references exist).
    private static bool CheckSteps(IReadOnlyList<TemplateStep>? steps, ProblemCollector problems)
    {
        if (steps is null || steps.Count == 0)
        {
            problems.Add("$.steps", ValidationProblemCodes.Required, "a template needs at least one step");
            return false;
        }

        if (steps.Count > MaxSteps)
        {
            problems.Add("$.steps", ValidationProblemCodes.TooManyItems, $"a template may have at most {MaxSteps} steps");
            return false;
        }

        var sound = true;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var id = steps[i].Id;
            var path = JsonPathText.Item("$.steps", i) + ".id";
            if (id is null || !StepId().IsMatch(id) || id.Length > MaxStepIdLength)
            {
                problems.Add(path, ValidationProblemCodes.InvalidFormat, $"a step id is a lowercase letter then a-z 0-9 _ -, at most {MaxStepIdLength}");
                sound = false;
            }
            else if (!ids.Add(id))
            {
                problems.Add(path, TemplateProblemCodes.Duplicate, $"step id {JsonPathText.Quote(id)} is used twice");
                sound = false;
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            sound &= CheckStep(steps[i], JsonPathText.Item("$.steps", i), ids, problems);
        }

        return sound;
    }

    private static bool CheckStep(TemplateStep step, string path, HashSet<string> ids, ProblemCollector problems)
    {
        var sound = true;
        if (step.Uses is null || !HandlerKinds.All.Contains(step.Uses, StringComparer.Ordinal))
        {
            var known = string.Join(", ", HandlerKinds.All);
            problems.Add(path + ".uses", TemplateProblemCodes.UnknownHandler, step.Uses is null
                ? "uses is required: one of " + known
                : $"uses '{(step.Uses.Length <= 64 ? step.Uses : step.Uses[..64] + "…")}' is not a known handler; known: {known}");
            sound = false;
        }

        if (step.With.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            problems.Add(path + ".with", ValidationProblemCodes.WrongType, "with must be an object");
        }
        else if (step.Uses == HandlerKinds.AutopilotModule)
        {
            CheckModuleCall(step, path + ".with", problems);
        }
        else if (step.Uses == HandlerKinds.Command && step.With.ValueKind == JsonValueKind.Object)
        {
            CheckCommandCall(step, path + ".with", problems);
        }

        if (step.Compensate is { } compensate && (!ids.Contains(compensate) || compensate == step.Id))
        {
            problems.Add(path + ".compensate", TemplateProblemCodes.UnknownReference, $"compensate must name another step of this template, not {JsonPathText.Quote(compensate)}");
            sound = false;
        }

        for (var j = 0; j < step.Dependencies.Count; j++)
        {
            var dependency = step.Dependencies[j];
            if (dependency is null || !ids.Contains(dependency) || dependency == step.Id)
            {
                problems.Add(JsonPathText.Item(path + ".depends_on", j), TemplateProblemCodes.UnknownReference,
                    $"depends_on must name another step of this template, not {JsonPathText.Quote(dependency ?? "")}");
                sound = false;
            }
        }

        if (step.Timeout is { } timeout)
        {
            CheckDuration(timeout, path + ".timeout", problems);
        }

        if (step.Retry is { } retry)
        {
            CheckRetry(retry, path + ".retry", problems);
        }

        return sound;
    }

    private static void CheckModuleCall(TemplateStep step, string path, ProblemCollector problems)
    {
        if (step.Module is not { } module || !TemplateVocabulary.Modules.Contains(module, StringComparer.Ordinal))
        {
            problems.Add(path + ".module", ValidationProblemCodes.InvalidValue, "module must be one of " + string.Join(", ", TemplateVocabulary.Modules));
        }

        if (step.With.ValueKind != JsonValueKind.Object || !step.With.TryGetProperty("operation", out var operation)
            || operation.ValueKind != JsonValueKind.String || !StepId().IsMatch(operation.GetString()!))
        {
            problems.Add(path + ".operation", ValidationProblemCodes.Required, "operation must name the module operation, e.g. 'scan'");
        }
    }

    private static void CheckRetry(StepRetry retry, string path, ProblemCollector problems)
    {
        if (retry.MaxAttempts is < 1 or > 10)
        {
            problems.Add(path + ".max_attempts", ValidationProblemCodes.OutOfRange, "max_attempts must be 1 to 10");
        }

        CheckDuration(retry.FirstInterval, path + ".first_interval", problems);
        CheckDuration(retry.MaxInterval, path + ".max_interval", problems);
        if (!(retry.Backoff >= 1 && retry.Backoff <= 10))
        {
            problems.Add(path + ".backoff", ValidationProblemCodes.OutOfRange, "backoff must be 1 to 10");
        }

        if (retry.MaxInterval < retry.FirstInterval)
        {
            problems.Add(path + ".max_interval", ValidationProblemCodes.OutOfRange, "max_interval must be at least first_interval");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StepId();
}
