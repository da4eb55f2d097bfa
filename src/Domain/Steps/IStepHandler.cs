using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Steps;

/// <summary>
/// Executes one kind of step (<see cref="Kind"/> is a <c>uses</c> value). Only the step runner calls a handler: it
/// validates inputs with <see cref="ValidateInputs"/> first, enforces the timeout through the token, validates the
/// outputs and maps every exception to a <see cref="StepFailure"/>. A handler returns expected failures as
/// <see cref="StepHandlerResult.Failed"/> rather than throwing.
/// </summary>
public interface IStepHandler
{
    /// <summary>The handler kind, e.g. <c>http</c>.</summary>
    string Kind { get; }

    /// <summary>The handler's version, recorded in manifests (<c>tool_versions</c>).</summary>
    string Version { get; }

    /// <summary>
    /// Whether the handler has effects outside JobForge (HTTP calls, commands, published events). A replay dry run
    /// returns such a step's recorded outputs instead of running it; a pure handler (<c>transform</c>) is recomputed.
    /// </summary>
    bool HasSideEffects { get; }

    /// <summary>The problems with <paramref name="inputs"/> (the resolved <c>with</c> object); empty when valid.</summary>
    IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs);

    /// <summary>Executes one attempt. <paramref name="cancellationToken"/> fires on timeout, cancel or lease loss.</summary>
    Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken);
}
