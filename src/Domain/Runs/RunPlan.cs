namespace JobForge.Domain.Runs;

/// <summary>
/// What a run executes, derived once from its template snapshot (see <c>RunPlanner</c>): the forward steps in
/// execution order, the compensation steps by id, and the run-level limits.
/// </summary>
/// <param name="Steps">The forward steps in execution order (dependencies first, declaration order otherwise).</param>
/// <param name="Compensations">The compensation-only steps, by id.</param>
/// <param name="RunTimeout">How long the whole run may take.</param>
/// <param name="ApprovalTimeout">How long an approval may take before the run fails.</param>
public sealed record RunPlan(
    IReadOnlyList<PlannedStep> Steps,
    IReadOnlyDictionary<string, PlannedStep> Compensations,
    TimeSpan RunTimeout,
    TimeSpan ApprovalTimeout)
{
    /// <summary>Whether the run waits for an approval before its first step (templates that require approval).</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>How many times one attempt may be handed to a worker before it fails as <c>poison</c>; default 5.</summary>
    public int MaxDeliveries { get; init; } = 5;

    /// <summary>
    /// The run this plan executes, when the host attaches it (<c>plan with { Run = run }</c>): what the inputs the
    /// decider itself reads (a <c>delay</c>'s duration) resolve their expressions against. Without it they are read as
    /// written.
    /// </summary>
    public Run? Run { get; init; }
}
