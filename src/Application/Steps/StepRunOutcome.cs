using JobForge.Domain.Steps;

namespace JobForge.Application.Steps;

/// <summary>What one step attempt came to, as <see cref="StepRunner.RunAsync"/> reports it.</summary>
/// <param name="Result">The outputs (validated, a JSON object, secrets redacted) or the typed failure.</param>
/// <param name="DurationMs">How long the attempt took, in milliseconds (from the runner's <see cref="TimeProvider"/>).</param>
/// <param name="HandlerVersion">The handler's version for the manifest's <c>tool_versions</c>; empty when no handler was found.</param>
public sealed record StepRunOutcome(StepHandlerResult Result, long DurationMs, string HandlerVersion);
