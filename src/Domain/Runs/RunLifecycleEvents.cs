namespace JobForge.Domain.Runs;

/// <summary>The event types JobForge publishes about runs (source app <c>jobforge</c>).</summary>
public static class RunLifecycleEvents
{
    /// <summary>The run started executing.</summary>
    public const string Started = "jobforge.run.started";

    /// <summary>The run succeeded.</summary>
    public const string Succeeded = "jobforge.run.succeeded";

    /// <summary>The run failed (or was canceled, or its rollback failed).</summary>
    public const string Failed = "jobforge.run.failed";

    /// <summary>The run was rolled back.</summary>
    public const string RolledBack = "jobforge.run.rolled_back";

    /// <summary>The run waits for an approval.</summary>
    public const string AwaitingApproval = "jobforge.run.awaiting_approval";
}
