namespace JobForge.Functions.Runs;

/// <summary>Which attempt the step activity runs: <see cref="StepId"/>, or the compensation of <see cref="CompensatedStepId"/>.</summary>
/// <param name="StepId">The step (for compensations: the compensation step).</param>
/// <param name="Attempt">The attempt number (part of the idempotency key).</param>
/// <param name="Timeout">The attempt timeout.</param>
/// <param name="CompensatedStepId">The step this compensation undoes; null for a forward step.</param>
public sealed record RunAttemptOrder(string StepId, int Attempt, TimeSpan Timeout, string? CompensatedStepId);
