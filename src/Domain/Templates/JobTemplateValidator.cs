using JobForge.Domain.Auth;
using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>
/// The structural rules of a template, every problem with its JSON path: key format, name, category, SemVer version,
/// cost tier, scopes, numeric ranges, both schemas (via <see cref="JsonSchemaValidator.CheckSchema"/>),
/// and the steps (unique ids, known handlers, existing references, retry ranges). Step-graph and expression checks plug in as <see cref="ITemplateStepRule"/>s.
/// </summary>
public static partial class JobTemplateValidator
{
    /// <summary>The most steps in one template.</summary>
    public const int MaxSteps = 50;

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Every problem of <paramref name="template"/>, then those of <paramref name="rules"/> if the steps are sound.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(JobTemplate template, IEnumerable<ITemplateStepRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problems = new ProblemCollector();
        if (!TemplateKey.IsValid(template.TemplateKey))
        {
            problems.Add("$.template_key", ValidationProblemCodes.InvalidFormat,
                $"template_key must be lowercase dotted segments like 'autopilot.ops.scan', at most {TemplateKey.MaxLength} characters");
        }

        CheckText(template.Name, "$.name", MaxNameLength, required: true, problems);
        CheckText(template.Description, "$.description", MaxDescriptionLength, required: false, problems);
        CheckOneOf(template.Category, "$.category", TemplateVocabulary.Categories, problems);
        if (!SemanticVersion.IsValid(template.Version))
        {
            problems.Add("$.version", ValidationProblemCodes.InvalidFormat, "version must be a SemVer version such as 1.0.0");
        }

        CheckOneOf(template.EstimatedCostTier, "$.estimated_cost_tier", TemplateVocabulary.CostTiers, problems);
        CheckScopes(template, problems);
        if (template.DefaultMaxAttempts is < 1 or > 10)
        {
            problems.Add("$.default_max_attempts", ValidationProblemCodes.OutOfRange, "default_max_attempts must be 1 to 10");
        }

        CheckDuration(template.DefaultTimeout, "$.default_timeout", problems);
        foreach (var problem in JsonSchemaValidator.CheckSchema(template.InputSchema, "$.input_schema")
                     .Concat(JsonSchemaValidator.CheckSchema(template.OutputSchema, "$.output_schema")))
        {
            problems.Add(problem.Path, problem.Code, problem.Message);
        }

        var stepsSound = CheckSteps(template.Steps, problems);
        if (stepsSound)
        {
            foreach (var problem in (rules ?? []).SelectMany(rule => rule.Check(template.Steps)))
            {
                problems.Add(problem.Path, problem.Code, problem.Message);
            }
        }

        return problems.ToList();
    }

    private static void CheckScopes(JobTemplate template, ProblemCollector problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.RequiredScopes.Count; i++)
        {
            var scope = template.RequiredScopes[i];
            var path = JsonPathText.Item("$.required_scopes", i);
            if (!ApiKeyScopes.IsValid(scope))
            {
                problems.Add(path, ValidationProblemCodes.InvalidValue, $"{JsonPathText.Quote(scope ?? "")} is not a known scope");
            }
            else if (!seen.Add(scope))
            {
                problems.Add(path, TemplateProblemCodes.Duplicate, $"{JsonPathText.Quote(scope)} is listed twice");
            }
        }

        if (template.IsActionJob && !template.RequiredScopes.Any(scope => scope?.EndsWith(":write", StringComparison.Ordinal) == true))
        {
            problems.Add("$.required_scopes", ValidationProblemCodes.Required, "an action job must require a ':write' scope");
        }
    }

    private static void CheckText(string? value, string path, int maxLength, bool required, ProblemCollector problems)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(path, ValidationProblemCodes.Required, "must not be empty");
        }
        else if (value is { Length: > 0 } && value.Length > maxLength)
        {
            problems.Add(path, ValidationProblemCodes.TooLong, $"must be at most {maxLength} characters");
        }
    }

    private static void CheckOneOf(string? value, string path, IReadOnlyList<string> allowed, ProblemCollector problems)
    {
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            problems.Add(path, ValidationProblemCodes.InvalidValue, "must be one of " + string.Join(", ", allowed));
        }
    }

    private static void CheckDuration(TimeSpan duration, string path, ProblemCollector problems)
    {
        if (duration <= TimeSpan.Zero || duration > TemplateDuration.Max)
        {
            problems.Add(path, ValidationProblemCodes.OutOfRange, "must be more than zero and at most 7 days");
        }
    }
}
