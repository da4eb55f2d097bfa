using System.Text.Json;

namespace JobForge.Domain.Steps;

/// <summary>What one attempt of a handler produced: outputs (a JSON object) or a failure, and any artifacts.</summary>
public sealed record StepHandlerResult
{
    private StepHandlerResult(JsonElement? outputs, StepFailure? failure, IReadOnlyList<StepArtifact> artifacts)
    {
        Outputs = outputs;
        Failure = failure;
        Artifacts = artifacts;
    }

    /// <summary>The outputs when the attempt succeeded.</summary>
    public JsonElement? Outputs { get; }

    /// <summary>The failure when it did not.</summary>
    public StepFailure? Failure { get; }

    /// <summary>Files the attempt produced (e.g. a command's log), stored with the run's artifacts.</summary>
    public IReadOnlyList<StepArtifact> Artifacts { get; }

    /// <summary>Whether the attempt succeeded.</summary>
    public bool IsSuccess => Failure is null;

    /// <summary>A success with <paramref name="outputs"/>.</summary>
    public static StepHandlerResult Succeeded(JsonElement outputs, IReadOnlyList<StepArtifact>? artifacts = null) =>
        new(outputs, null, artifacts ?? []);

    /// <summary>A failure.</summary>
    public static StepHandlerResult Failed(StepFailure failure, IReadOnlyList<StepArtifact>? artifacts = null) =>
        new(null, failure ?? throw new ArgumentNullException(nameof(failure)), artifacts ?? []);
}
