using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>The outcome of <see cref="JobTemplateParser.Parse"/>: a template when there are no problems.</summary>
/// <param name="Template">The template, or null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Every problem with its JSON path.</param>
public sealed record TemplateParseResult(JobTemplate? Template, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>Whether the JSON is a valid template.</summary>
    public bool IsValid => Template is not null && Problems.Count == 0;
}
