using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Application.Steps.Handlers.Transform;

/// <summary>
/// <c>transform</c>: maps inputs to outputs. The engine has already resolved the <c>${{ … }}</c> expressions in
/// <c>with</c>, so the outputs are <c>with.output</c> when present (an object), else the whole <c>with</c> object.
/// Pure and deterministic: a replay recomputes it.
/// </summary>
public sealed class TransformStepHandler : IStepHandler
{
    /// <inheritdoc />
    public string Kind => HandlerKinds.Transform;

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public bool HasSideEffects => false;

    /// <inheritdoc />
    public IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs)
    {
        if (inputs.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            return [new ValidationProblem("$", ValidationProblemCodes.WrongType, "with must be an object")];
        }

        return inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty("output", out var output) && output.ValueKind != JsonValueKind.Object
            ? [new ValidationProblem("$.output", ValidationProblemCodes.WrongType, "output must be an object")]
            : [];
    }

    /// <inheritdoc />
    public Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Inputs;
        var outputs = inputs.ValueKind != JsonValueKind.Object
            ? JsonSerializer.SerializeToElement(new Dictionary<string, object>())
            : inputs.TryGetProperty("output", out var output) ? output.Clone() : inputs.Clone();
        return Task.FromResult(StepHandlerResult.Succeeded(outputs));
    }
}
