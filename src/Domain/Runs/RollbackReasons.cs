namespace JobForge.Domain.Runs;

/// <summary>The values of <see cref="RunState.RollbackReason"/>.</summary>
public static class RollbackReasons
{
    /// <summary>A step failed for good.</summary>
    public const string Failed = "failed";

    /// <summary>The run ran past its run timeout.</summary>
    public const string RunTimeout = "run_timeout";

    /// <summary>The run was canceled with rollback.</summary>
    public const string Canceled = "canceled";

    /// <summary>Someone rolled back a succeeded run.</summary>
    public const string Manual = "manual";
}
