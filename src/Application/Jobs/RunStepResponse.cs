using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Application.Jobs;

/// <summary>One step of a run as the API shows it. Outputs are summarised (keys and size); the full outputs are an artifact.</summary>
/// <param name="Id">The step id.</param>
/// <param name="Uses">The handler kind.</param>
/// <param name="Status">The step status, e.g. <c>succeeded</c>.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="StartedAt">When the first attempt started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="DurationMs">The summed duration of its attempts.</param>
/// <param name="OutputKeys">The top-level keys of its outputs (at most 20).</param>
/// <param name="OutputBytes">The size of its outputs in UTF-8 bytes.</param>
/// <param name="Failure">The last failure, if any.</param>
/// <param name="Compensation">The compensation's outcome, when the step was compensated.</param>
public sealed record RunStepResponse(
    string Id, string Uses, string Status, int Attempts, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, long DurationMs,
    IReadOnlyList<string> OutputKeys, int OutputBytes, StepFailure? Failure, StepFailure? Compensation)
{
    /// <summary>The outputs themselves, with <c>?include=outputs</c> (bounded and redacted; see <see cref="RunStepOutputs"/>).</summary>
    public JsonElement? Outputs { get; init; }

    /// <summary>True when <c>?include=outputs</c> left this step's outputs out for size (read the outputs artifact).</summary>
    public bool? OutputsTruncated { get; init; }

    /// <summary>The wire form of <paramref name="step"/>.</summary>
    public static RunStepResponse From(StepState step)
    {
        ArgumentNullException.ThrowIfNull(step);
        IReadOnlyList<string> keys = [];
        if (step.OutputsJson is { } json)
        {
            using var outputs = JsonDocument.Parse(json);
            keys = outputs.RootElement.ValueKind == JsonValueKind.Object
                ? outputs.RootElement.EnumerateObject().Select(p => p.Name).Take(20).ToList()
                : [];
        }

        return new RunStepResponse(step.StepId, step.Uses, StepStatusNames.ToWireName(step.Status), step.Attempt, step.StartedAt,
            step.FinishedAt, step.DurationMs, keys, step.OutputsJson is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(step.OutputsJson),
            step.Failure, step.CompensationFailure);
    }
}
