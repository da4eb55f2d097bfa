using JobForge.Domain.Steps;

namespace JobForge.Domain.Runs;

/// <summary>
/// The execution state of a run: what <c>RunDecider</c> reads and returns. Immutable and serialisable; hosts store it
/// (Table row, Durable orchestration) and feed it back with the next <see cref="RunEvent"/>.
/// </summary>
public sealed record RunState
{
    /// <summary>Where the run stands.</summary>
    public RunStatus Status { get; init; } = RunStatus.Queued;

    /// <summary>The steps in execution order (compensation-only steps are not listed).</summary>
    public required IReadOnlyList<StepState> Steps { get; init; }

    /// <summary>When the run started executing.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it reached a terminal status.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>When the run times out (set when it starts).</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The next instant the run needs a <see cref="TimerFired"/> (retry, delay or approval timeout); null when none.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    /// <summary>A pending cancel request, if any.</summary>
    public CancelRequest? Cancel { get; init; }

    /// <summary>Why a rollback runs or ran: <c>failed</c>, <c>run_timeout</c>, <c>canceled</c> or <c>manual</c>.</summary>
    public string? RollbackReason { get; init; }

    /// <summary>The failure that ended (or is rolling back) the run.</summary>
    public StepFailure? Failure { get; init; }

    /// <summary>The compensations that failed for good, for <see cref="RunStatus.RollbackFailed"/>.</summary>
    public IReadOnlyList<StepFailure> RollbackFailures { get; init; } = [];

    /// <summary>The run-level approval decision (templates that require approval), once given.</summary>
    public ApprovalDecision? Approval { get; init; }

    /// <summary>
    /// When the run started waiting for the current approval; null when not waiting. Time spent waiting does not count
    /// against the run timeout: <see cref="Deadline"/> moves on by the wait when the approval comes.
    /// </summary>
    public DateTimeOffset? ApprovalRequestedAt { get; init; }

    /// <summary>How many events have been applied (0 for a new run).</summary>
    public int Sequence { get; init; }
}
