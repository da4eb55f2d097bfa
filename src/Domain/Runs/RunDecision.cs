namespace JobForge.Domain.Runs;

/// <summary>
/// The outcome of <c>RunDecider.Decide</c>: the new state and the commands to carry out. An event that no longer
/// applies (a stale attempt, an approval for a run that does not wait) leaves the state as it was, with no commands
/// and <see cref="IgnoredReason"/> set; an illegal transition is a bug and throws <see cref="IllegalRunTransitionException"/>.
/// </summary>
/// <param name="State">The state after the event.</param>
/// <param name="Commands">What the host must do, in order.</param>
public sealed record RunDecision(RunState State, IReadOnlyList<RunCommand> Commands)
{
    /// <summary>Why the event was ignored (e.g. <c>stale_attempt</c>, <c>not_awaiting_approval</c>); null when applied.</summary>
    public string? IgnoredReason { get; init; }
}
