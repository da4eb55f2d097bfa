namespace JobForge.Domain.Runs;

/// <summary>What <see cref="IRunStore.CreateAsync"/> did.</summary>
public enum RunCreateOutcome
{
    /// <summary>The run was stored.</summary>
    Created,

    /// <summary>The idempotency key was used before with the same inputs: the original run is returned.</summary>
    Replayed,

    /// <summary>The idempotency key was used before with other inputs: nothing was stored; the original run is returned.</summary>
    IdempotencyConflict,
}
