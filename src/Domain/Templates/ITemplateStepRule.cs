using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>
/// An extra check of a template's steps, plugged into <see cref="JobTemplateValidator"/>: the step-graph validator
/// (cycles, order) and the <c>${{ … }}</c> expression checks implement it. It runs only when the steps are structurally
/// sound (unique ids, known handlers, existing references), and reports paths under <c>$.steps</c>.
/// </summary>
public interface ITemplateStepRule
{
    /// <summary>The problems of <paramref name="steps"/>; empty when there are none.</summary>
    IEnumerable<ValidationProblem> Check(IReadOnlyList<TemplateStep> steps);
}
