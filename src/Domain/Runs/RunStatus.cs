namespace JobForge.Domain.Runs;

/// <summary>
/// Where a run stands. Every change goes through <c>RunTransitions</c>; a requested run starts <see cref="Queued"/>.
/// Terminal: <see cref="Succeeded"/>, <see cref="Failed"/>, <see cref="RolledBack"/>, <see cref="RollbackFailed"/>,
/// <see cref="Canceled"/> (a succeeded run may still be rolled back by hand).
/// </summary>
public enum RunStatus
{
    /// <summary>Accepted and waiting for the run engine.</summary>
    Queued,

    /// <summary>Steps are executing (or waiting on a retry or delay timer).</summary>
    Running,

    /// <summary>A step (or the template) waits for an approval.</summary>
    AwaitingApproval,

    /// <summary>Every step finished.</summary>
    Succeeded,

    /// <summary>A step failed for good and nothing needed compensating.</summary>
    Failed,

    /// <summary>Completed steps are being compensated in reverse order.</summary>
    RollingBack,

    /// <summary>Every compensation succeeded.</summary>
    RolledBack,

    /// <summary>At least one compensation failed for good.</summary>
    RollbackFailed,

    /// <summary>Canceled before it finished, without rollback.</summary>
    Canceled,
}
