using System.Text.Json;
using JobForge.Domain.Steps;

namespace JobForge.Application.Steps;

/// <summary>One step attempt for <see cref="StepRunner.RunAsync"/> to carry out.</summary>
/// <param name="Kind">The handler kind (the step's <c>uses</c>).</param>
/// <param name="Context">The attempt's context: inputs, timeout, idempotency key, secret values.</param>
public sealed record StepRunRequest(string Kind, StepContext Context)
{
    /// <summary>The JSON schema the outputs must match (the template's output schema, for the last step); null for none.</summary>
    public JsonElement? OutputSchema { get; init; }

    /// <summary>
    /// A replay dry run: a handler with side effects is not run and <see cref="RecordedOutputs"/> are returned instead;
    /// a pure handler is recomputed.
    /// </summary>
    public bool Replay { get; init; }

    /// <summary>The outputs recorded when the step first ran (used when <see cref="Replay"/> is set).</summary>
    public JsonElement? RecordedOutputs { get; init; }
}
