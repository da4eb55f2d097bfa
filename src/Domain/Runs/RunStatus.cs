namespace JobForge.Domain.Runs;

/// <summary>
/// Where a run stands. A requested run starts <see cref="Queued"/>; the run engine (a later slice) owns the other
/// transitions.
/// </summary>
public enum RunStatus
{
    /// <summary>Accepted and waiting for the run engine.</summary>
    Queued,

    /// <summary>Steps are executing.</summary>
    Running,

    /// <summary>A step waits for an approval.</summary>
    WaitingForApproval,

    /// <summary>Every step finished.</summary>
    Succeeded,

    /// <summary>A step failed for good (after compensation, if any).</summary>
    Failed,

    /// <summary>Cancelled before it finished.</summary>
    Cancelled,
}
