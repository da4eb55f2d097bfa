namespace JobForge.Domain.Runs;

/// <summary>
/// An entry of the work index: a run that is not finished, and when it next needs a worker (now for runnable runs,
/// a timer or approval deadline for parked ones). Recovery scans it; a crash therefore never loses a run.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="RunId">The run.</param>
/// <param name="DueAt">When the run next needs attention.</param>
public sealed record RunWorkItem(string TenantId, string RunId, DateTimeOffset DueAt)
{
    /// <summary>
    /// How long after its request a new run becomes due for the recovery scan (5 s): the accepting server normally
    /// starts it at once, so other servers do not read it meanwhile.
    /// </summary>
    public static TimeSpan PickupGrace { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The entry of a newly requested run.</summary>
    public static RunWorkItem ForNewRun(Run run) =>
        new((run ?? throw new ArgumentNullException(nameof(run))).TenantId, run.RunId, run.RequestedAt + PickupGrace);
}
