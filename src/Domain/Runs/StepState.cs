using JobForge.Domain.Steps;

namespace JobForge.Domain.Runs;

/// <summary>One step of a run as the decider keeps it. Immutable: the decider returns changed copies.</summary>
/// <param name="StepId">The step id.</param>
/// <param name="Uses">The handler kind.</param>
public sealed record StepState(string StepId, string Uses)
{
    /// <summary>Where the step stands.</summary>
    public StepStatus Status { get; init; } = StepStatus.Pending;

    /// <summary>The current (or last) attempt number; 0 before the first.</summary>
    public int Attempt { get; init; }

    /// <summary>When the first attempt started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the step reached its final forward status.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The summed duration of all attempts, in milliseconds.</summary>
    public long DurationMs { get; init; }

    /// <summary>The outputs (compact JSON object) once it succeeded.</summary>
    public string? OutputsJson { get; init; }

    /// <summary>The last attempt's failure, if any.</summary>
    public StepFailure? Failure { get; init; }

    /// <summary>When the next attempt (or the delay's end) is due.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    /// <summary>How many times the current attempt was handed to a worker (crash recovery counts here).</summary>
    public int Deliveries { get; init; }

    /// <summary>The approval decision, for steps that wait for one.</summary>
    public ApprovalDecision? Approval { get; init; }

    /// <summary>The current (or last) compensation attempt; 0 when never compensated.</summary>
    public int CompensationAttempt { get; init; }

    /// <summary>The last compensation failure, if any.</summary>
    public StepFailure? CompensationFailure { get; init; }
}
