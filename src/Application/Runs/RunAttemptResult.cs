using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Application.Runs;

/// <summary>What one attempt of a step (or compensation) came to: the event to decide and the artifacts it produced.</summary>
/// <param name="Event">
/// A <see cref="StepSucceeded"/>, <see cref="StepFailed"/>, <see cref="CompensationSucceeded"/> or
/// <see cref="CompensationFailed"/> carrying the host's clock and, for failures, the retry jitter.
/// </param>
/// <param name="Artifacts">The artifacts the step returned (recorded with its outputs).</param>
public sealed record RunAttemptResult(RunEvent Event, IReadOnlyList<StepArtifact> Artifacts);
