using JobForge.Application.Steps;
using JobForge.Domain.Steps;

namespace JobForge.Application.Runs;

/// <summary>An attempt ready for the step runner (<paramref name="Request"/>), or the failure that stops it before the runner (inputs that cannot be resolved).</summary>
internal sealed record RunAttemptRequest(StepRunRequest? Request, StepFailure? InputFailure);
