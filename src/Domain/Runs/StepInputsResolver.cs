using System.Text.Json;
using JobForge.Domain.Contracts;

namespace JobForge.Domain.Runs;

/// <summary>
/// Resolves a planned step's <c>with</c> for execution (<see cref="ExpressionResolver"/>): <c>inputs.*</c> from the
/// run's inputs snapshot, <c>steps.&lt;id&gt;.outputs.*</c> from the steps that succeeded so far, <c>run.*</c> from the
/// run (<c>run.attempt</c> is the attempt about to execute), <c>secrets.*</c> from <c>secretLookup</c>. The secret values
/// used come back in <see cref="ExpressionResolution.SecretValues"/> for redaction. Compensation steps resolve the same
/// way (they may read the outputs of the steps before them). Total on recorded data: malformed stored JSON counts as absent.
/// </summary>
public static class StepInputsResolver
{
    /// <summary>Resolves <paramref name="step"/>'s <c>with</c> for <paramref name="attempt"/> (default: the step's current attempt, at least 1).</summary>
    public static ExpressionResolution Resolve(PlannedStep step, RunState state, Run run, Func<string, string?> secretLookup, int? attempt = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(secretLookup);
        var outputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var done in state.Steps)
        {
            if (done.OutputsJson is { } json && done.Status is StepStatus.Succeeded or StepStatus.Compensating or StepStatus.Compensated or StepStatus.CompensationFailed
                && Parse(json) is { } parsed)
            {
                outputs[done.StepId] = parsed;
            }
        }

        var current = state.Steps.FirstOrDefault(candidate => string.Equals(candidate.StepId, step.Id, StringComparison.Ordinal));
        var values = new RunExpressionValues(run.RunId, run.TenantId, attempt ?? Math.Max(1, current?.Attempt ?? 1))
        {
            ProjectId = run.ProjectId,
            TemplateId = run.TemplateKey,
            TemplateVersion = run.TemplateVersion,
        };
        var context = new ExpressionResolutionContext(values, secretLookup)
        {
            Inputs = Parse(run.InputsJson) ?? default,
            StepOutputs = outputs,
        };
        return ExpressionResolver.Resolve(step.With, context);
    }

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
