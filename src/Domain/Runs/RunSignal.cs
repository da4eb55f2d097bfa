namespace JobForge.Domain.Runs;

/// <summary>
/// A request from outside the engine (approve, reject, cancel, rollback) waiting in the run's inbox; the worker that
/// executes the run turns it into a <see cref="RunEvent"/>. Kept as data so any server can append one.
/// </summary>
/// <param name="Kind">One of <see cref="RunSignalKinds"/>.</param>
/// <param name="By">Who asked.</param>
/// <param name="At">When.</param>
/// <param name="Comment">An optional reason.</param>
/// <param name="Rollback">For cancels: whether completed steps are compensated.</param>
public sealed record RunSignal(string Kind, string By, DateTimeOffset At, string? Comment = null, bool Rollback = false)
{
    /// <summary>The event the signal becomes.</summary>
    public RunEvent ToEvent() => Kind switch
    {
        RunSignalKinds.Approve => new ApprovalReceived(At, new ApprovalDecision(true, By, At, Comment)),
        RunSignalKinds.Reject => new ApprovalReceived(At, new ApprovalDecision(false, By, At, Comment)),
        RunSignalKinds.Cancel => new CancelRequested(At, new CancelRequest(By, At, Rollback)),
        RunSignalKinds.Rollback => new RollbackRequested(At, By),
        RunSignalKinds.Redeliver => new StepRedelivered(At),
        _ => throw new InvalidOperationException("Unknown run signal kind."),
    };
}
