namespace JobForge.Domain.Runs;

/// <summary>
/// The one table of legal status changes, for runs and for their steps. The decider changes every status through
/// <see cref="Run"/> and <see cref="Step"/>; anything outside the table is a bug and throws
/// <see cref="IllegalRunTransitionException"/> naming both statuses. Staying in a status is not a change and is not listed.
/// </summary>
public static class RunTransitions
{
    private static readonly Dictionary<RunStatus, RunStatus[]> s_run = new()
    {
        [RunStatus.Queued] = [RunStatus.Running, RunStatus.Canceled],
        [RunStatus.Running] = [RunStatus.AwaitingApproval, RunStatus.Succeeded, RunStatus.Failed, RunStatus.RollingBack, RunStatus.Canceled],
        [RunStatus.AwaitingApproval] = [RunStatus.Running, RunStatus.Failed, RunStatus.RollingBack, RunStatus.Canceled],
        [RunStatus.Succeeded] = [RunStatus.RollingBack], // manual rollback
        [RunStatus.RollingBack] = [RunStatus.RolledBack, RunStatus.RollbackFailed],
        [RunStatus.Failed] = [],
        [RunStatus.RolledBack] = [],
        [RunStatus.RollbackFailed] = [],
        [RunStatus.Canceled] = [],
    };

    private static readonly Dictionary<StepStatus, StepStatus[]> s_step = new()
    {
        [StepStatus.Pending] = [StepStatus.Running, StepStatus.Waiting, StepStatus.AwaitingApproval, StepStatus.Failed, StepStatus.Skipped],
        [StepStatus.Running] = [StepStatus.Succeeded, StepStatus.Failed, StepStatus.WaitingToRetry, StepStatus.Canceled],
        [StepStatus.WaitingToRetry] = [StepStatus.Running, StepStatus.Failed, StepStatus.Canceled],
        [StepStatus.AwaitingApproval] = [StepStatus.Running, StepStatus.Waiting, StepStatus.Succeeded, StepStatus.Failed, StepStatus.Canceled],
        [StepStatus.Waiting] = [StepStatus.Succeeded, StepStatus.Failed, StepStatus.Canceled],
        [StepStatus.Succeeded] = [StepStatus.Compensating],
        [StepStatus.Compensating] = [StepStatus.Compensated, StepStatus.CompensationFailed],
        [StepStatus.Failed] = [],
        [StepStatus.Skipped] = [],
        [StepStatus.Canceled] = [],
        [StepStatus.Compensated] = [],
        [StepStatus.CompensationFailed] = [],
    };

    /// <summary>Whether a run may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsLegal(RunStatus from, RunStatus to) => s_run.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Whether a step may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsLegal(StepStatus from, StepStatus to) => s_step.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Whether <paramref name="status"/> ends a run (a succeeded run may still be rolled back by hand).</summary>
    public static bool IsTerminal(RunStatus status) =>
        status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.RolledBack or RunStatus.RollbackFailed or RunStatus.Canceled;

    /// <summary>Checks a run status change and returns <paramref name="to"/>; throws <see cref="IllegalRunTransitionException"/> when illegal.</summary>
    public static RunStatus Run(RunStatus from, RunStatus to) =>
        IsLegal(from, to)
            ? to
            : throw new IllegalRunTransitionException(
                $"Illegal run transition: {RunStatusNames.ToWireName(from)} -> {RunStatusNames.ToWireName(to)}.");

    /// <summary>Checks a step status change and returns <paramref name="to"/>; throws <see cref="IllegalRunTransitionException"/> when illegal.</summary>
    public static StepStatus Step(StepStatus from, StepStatus to) =>
        IsLegal(from, to)
            ? to
            : throw new IllegalRunTransitionException(
                $"Illegal step transition: {StepStatusNames.ToWireName(from)} -> {StepStatusNames.ToWireName(to)}.");
}
