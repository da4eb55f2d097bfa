using System.Text.Json;
using JobForge.Domain.Contracts;
using JobForge.Domain.Templates;

namespace JobForge.Application.Contracts;

/// <summary>
/// Every check of a contract body in one pass: the template parser with <see cref="ContractStepRule"/>, the security
/// scan (hardcoded secrets, reported as <c>hardcoded_secret</c> with the rule) and the permission analysis (errors are
/// problems, warnings are returned). Problems list every finding with its path; none echoes a secret.
/// </summary>
public static class ContractCheck
{
    /// <summary>The code of a security finding.</summary>
    public const string HardcodedSecretCode = "hardcoded_secret";

    /// <summary>The code when the body's <c>template_key</c> is not the key in the path.</summary>
    public const string KeyMismatchCode = "key_mismatch";

    /// <summary>Checks <paramref name="body"/> for registration under <paramref name="key"/>.</summary>
    public static (JobTemplate? Template, IReadOnlyList<ContractProblem> Problems, IReadOnlyList<ContractProblem> Warnings) Run(JsonElement body, string key)
    {
        var problems = new List<ContractProblem>();
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("template_key", out var given)
            && given.ValueKind == JsonValueKind.String && !string.Equals(given.GetString(), key, StringComparison.Ordinal))
        {
            problems.Add(new("$.template_key", KeyMismatchCode, "template_key must equal the key in the path"));
        }

        var schema = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("input_schema", out var s) ? s : default;
        var rule = schema.ValueKind == JsonValueKind.Object ? ContractStepRule.ForInputSchema(schema) : new ContractStepRule(new HashSet<string>());
        var parsed = JobTemplateParser.Parse(body, [rule]);
        problems.AddRange(parsed.Problems.Select(p => new ContractProblem(p.Path, p.Code, p.Message)));
        problems.AddRange(ContractSecurityScanner.Scan(body).Select(f => new ContractProblem(f.Path, HardcodedSecretCode, f.Message, f.Rule)));
        var warnings = new List<ContractProblem>();
        if (parsed.Template is { } template)
        {
            foreach (var finding in PermissionAnalyzer.Analyze(PermissionInput(template)))
            {
                (finding.Severity == PermissionSeverity.Error ? problems : warnings).Add(new(finding.Path, finding.Code, finding.Message));
            }
        }

        return (problems.Count == 0 ? parsed.Template : null, problems, warnings);
    }

    /// <summary>What the permission analysis needs of <paramref name="template"/> (a <c>delay</c> step never writes).</summary>
    public static PermissionAnalysisInput PermissionInput(JobTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var steps = template.Steps.Select(step => new StepPermissionInput(step.Id, step.Uses)
        {
            Method = Text(step.With, "method"),
            Operation = Text(step.With, "operation"),
        }).ToList();
        return new PermissionAnalysisInput(template.Category, template.IsActionJob, template.RequiredScopes, steps)
        {
            ScopesPath = "$.required_scopes",
            CanWrite = step => step.Handler != HandlerKinds.Delay && HandlerWriteTable.CanWrite(step),
        };
    }

    private static string? Text(JsonElement with, string name) =>
        with.ValueKind == JsonValueKind.Object && with.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
