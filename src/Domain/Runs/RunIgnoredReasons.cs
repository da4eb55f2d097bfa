namespace JobForge.Domain.Runs;

/// <summary>The values of <see cref="RunDecision.IgnoredReason"/>: why an event changed nothing.</summary>
public static class RunIgnoredReasons
{
    /// <summary>The run already ended.</summary>
    public const string Terminal = "terminal";

    /// <summary>The run has not started yet.</summary>
    public const string NotStarted = "not_started";

    /// <summary>The run was already started.</summary>
    public const string AlreadyStarted = "already_started";

    /// <summary>The event names a step or attempt that is not the one in flight.</summary>
    public const string StaleAttempt = "stale_attempt";

    /// <summary>Nothing awaits an approval.</summary>
    public const string NotAwaitingApproval = "not_awaiting_approval";

    /// <summary>The timer fired before <see cref="RunState.WakeAt"/>, or nothing waits for it.</summary>
    public const string TimerNotDue = "timer_not_due";

    /// <summary>No step (or compensation) is executing.</summary>
    public const string NoStepInFlight = "no_step_in_flight";

    /// <summary>A cancel is already pending.</summary>
    public const string CancelPending = "cancel_pending";

    /// <summary>The run is rolling back (a cancel no longer applies).</summary>
    public const string RollingBack = "rolling_back";

    /// <summary>A manual rollback needs a succeeded run.</summary>
    public const string NotSucceeded = "not_succeeded";

    /// <summary>A manual rollback found no completed step with a compensation.</summary>
    public const string NothingToCompensate = "nothing_to_compensate";

    /// <summary>The run is not rolling back (a compensation event no longer applies).</summary>
    public const string NotRollingBack = "not_rolling_back";

    /// <summary>An event type the decider does not know.</summary>
    public const string UnknownEvent = "unknown_event";
}
