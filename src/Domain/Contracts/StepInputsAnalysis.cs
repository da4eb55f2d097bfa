using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>What <see cref="StepInputsAnalyzer.Analyze"/> found in one step's <c>with</c>.</summary>
/// <param name="Problems">Syntax and reference problems, each at the JSON path of its string.</param>
/// <param name="ReferencedSteps">The step ids referred to (<c>steps.&lt;id&gt;…</c>), distinct, in first-use order: feed them to <see cref="StepNode.ReferencedSteps"/>.</param>
/// <param name="ReferencedInputs">The top-level input names used, distinct, in first-use order.</param>
/// <param name="ReferencedSecrets">The secret names used, distinct, in first-use order.</param>
public sealed record StepInputsAnalysis(
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyList<string> ReferencedSteps,
    IReadOnlyList<string> ReferencedInputs,
    IReadOnlyList<string> ReferencedSecrets);
