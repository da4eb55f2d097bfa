namespace JobForge.Domain.Triggers;

/// <summary>The outcome of a trigger write and, when written, the new version.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Stored">The stored trigger when <see cref="TriggerWriteOutcome.Written"/>.</param>
public sealed record TriggerWriteResult(TriggerWriteOutcome Outcome, StoredTrigger? Stored);
