using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>
/// Reads a template from its JSON form (snake_case fields, as <see cref="JobTemplateJson"/> writes them). Total: reports
/// every wrong type, missing field and unknown field with its path, then every rule of <see cref="JobTemplateValidator"/>.
/// Defaults: <c>description</c> "", <c>input_schema</c>/<c>output_schema</c> <c>{"type":"object"}</c>,
/// <c>required_scopes</c> [], <c>is_action_job</c> false, <c>default_max_attempts</c> 3, <c>default_timeout</c> 5m,
/// <c>estimated_cost_tier</c> low.
/// </summary>
public static partial class JobTemplateParser
{
    private static readonly string[] s_fields =
    [
        "template_key", "name", "description", "category", "version", "input_schema", "output_schema", "required_scopes",
        "is_action_job", "default_max_attempts", "default_timeout", "estimated_cost_tier", "steps",
    ];

    private static readonly JsonElement s_objectSchema = JsonDocument.Parse("""{"type":"object"}""").RootElement.Clone();

    /// <summary>Parses <paramref name="json"/>, running <paramref name="rules"/> on sound steps.</summary>
    public static TemplateParseResult Parse(JsonElement json, IEnumerable<ITemplateStepRule>? rules = null)
    {
        var problems = new ProblemCollector();
        if (json.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", ValidationProblemCodes.WrongType, "a template must be a JSON object");
            return new TemplateParseResult(null, problems.ToList());
        }

        var reader = new FieldReader(json, "$", s_fields, problems);
        var template = new JobTemplate
        {
            TemplateKey = reader.String("template_key", required: true) ?? "",
            Name = reader.String("name", required: true) ?? "",
            Description = reader.String("description", required: false) ?? "",
            Category = reader.String("category", required: true) ?? "",
            Version = reader.String("version", required: true) ?? "",
            InputSchema = reader.Object("input_schema") ?? s_objectSchema,
            OutputSchema = reader.Object("output_schema") ?? s_objectSchema,
            RequiredScopes = reader.Strings("required_scopes") ?? [],
            IsActionJob = reader.Boolean("is_action_job") ?? false,
            DefaultMaxAttempts = reader.Integer("default_max_attempts") ?? 3,
            DefaultTimeout = reader.Duration("default_timeout") ?? TimeSpan.FromMinutes(5),
            EstimatedCostTier = reader.String("estimated_cost_tier", required: false) ?? "low",
            Steps = ReadSteps(json, problems),
        };

        if (problems.HasProblems)
        {
            return new TemplateParseResult(null, problems.ToList());
        }

        var rest = JobTemplateValidator.Validate(template, rules);
        return rest.Count == 0 ? new TemplateParseResult(template, []) : new TemplateParseResult(null, rest);
    }

    private static List<TemplateStep> ReadSteps(JsonElement json, ProblemCollector problems)
    {
        var steps = new List<TemplateStep>();
        if (!json.TryGetProperty("steps", out var array))
        {
            return steps; // the validator reports "at least one step"
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.steps", ValidationProblemCodes.WrongType, "steps must be an array");
            return steps;
        }

        if (array.GetArrayLength() > JobTemplateValidator.MaxSteps)
        {
            problems.Add("$.steps", ValidationProblemCodes.TooManyItems, $"a template may have at most {JobTemplateValidator.MaxSteps} steps");
            return steps;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = JsonPathText.Item("$.steps", index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path, ValidationProblemCodes.WrongType, "a step must be an object");
                continue;
            }

            steps.Add(ReadStep(item, path, problems));
        }

        return steps;
    }

    private static readonly string[] s_stepFields = ["id", "uses", "with", "retry", "timeout", "compensate", "requires_approval", "depends_on"];
    private static readonly string[] s_retryFields = ["max_attempts", "first_interval", "backoff", "max_interval"];

    private static TemplateStep ReadStep(JsonElement item, string path, ProblemCollector problems)
    {
        var reader = new FieldReader(item, path, s_stepFields, problems);
        StepRetry? retry = null;
        if (reader.Object("retry") is { } retryJson)
        {
            var r = new FieldReader(retryJson, path + ".retry", s_retryFields, problems);
            var d = StepRetry.Default;
            retry = new StepRetry(
                r.Integer("max_attempts") ?? d.MaxAttempts, r.Duration("first_interval") ?? d.FirstInterval,
                r.Number("backoff") ?? d.Backoff, r.Duration("max_interval") ?? d.MaxInterval);
        }

        return new TemplateStep(
            reader.String("id", required: true) ?? "",
            reader.String("uses", required: true) ?? "",
            reader.Object("with") ?? JsonDocument.Parse("{}").RootElement.Clone(),
            retry,
            reader.Duration("timeout"),
            reader.String("compensate", required: false),
            reader.Boolean("requires_approval") ?? false,
            reader.Strings("depends_on"));
    }
}
