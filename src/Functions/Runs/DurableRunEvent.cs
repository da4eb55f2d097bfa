using JobForge.Domain.Runs;
using JobForge.Domain.Steps;

namespace JobForge.Functions.Runs;

/// <summary>An attempt's outcome as the step activity returns it to the orchestrator (a plain record, serialised as history).</summary>
/// <param name="Kind">One of <c>step_succeeded</c>, <c>step_failed</c>, <c>compensation_succeeded</c>, <c>compensation_failed</c>.</param>
/// <param name="At">When the attempt ended (the activity's clock, fixed in history).</param>
/// <param name="StepId">The step (for compensations: the step undone).</param>
/// <param name="Attempt">The attempt number.</param>
/// <param name="DurationMs">How long the attempt took.</param>
public sealed record DurableRunEvent(string Kind, DateTimeOffset At, string StepId, int Attempt, long DurationMs)
{
    private const string StepSucceededKind = "step_succeeded";
    private const string StepFailedKind = "step_failed";
    private const string CompensationSucceededKind = "compensation_succeeded";
    private const string CompensationFailedKind = "compensation_failed";

    /// <summary>The outputs, for a succeeded step.</summary>
    public string? OutputsJson { get; init; }

    /// <summary>The failure, for a failed attempt.</summary>
    public StepFailure? Failure { get; init; }

    /// <summary>The retry jitter drawn by the activity, for a failed attempt.</summary>
    public double Jitter { get; init; }

    /// <summary>The record of <paramref name="event"/> (an attempt's outcome).</summary>
    public static DurableRunEvent From(RunEvent @event) => @event switch
    {
        StepSucceeded e => new(StepSucceededKind, e.At, e.StepId, e.Attempt, e.DurationMs) { OutputsJson = e.OutputsJson },
        StepFailed e => new(StepFailedKind, e.At, e.StepId, e.Attempt, e.DurationMs) { Failure = e.Failure, Jitter = e.Jitter },
        CompensationSucceeded e => new(CompensationSucceededKind, e.At, e.StepId, e.Attempt, e.DurationMs),
        CompensationFailed e => new(CompensationFailedKind, e.At, e.StepId, e.Attempt, e.DurationMs) { Failure = e.Failure, Jitter = e.Jitter },
        _ => throw new ArgumentException("Not an attempt outcome.", nameof(@event)),
    };

    /// <summary>The event to decide.</summary>
    public RunEvent ToEvent() => Kind switch
    {
        StepSucceededKind => new StepSucceeded(At, StepId, Attempt, OutputsJson ?? "{}", DurationMs),
        StepFailedKind => new StepFailed(At, StepId, Attempt, Failure!, DurationMs, Jitter),
        CompensationSucceededKind => new CompensationSucceeded(At, StepId, Attempt, DurationMs),
        CompensationFailedKind => new CompensationFailed(At, StepId, Attempt, Failure!, DurationMs, Jitter),
        _ => throw new InvalidOperationException("Unknown attempt outcome kind."),
    };
}
