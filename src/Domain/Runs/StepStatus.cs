namespace JobForge.Domain.Runs;

/// <summary>Where one step of a run stands (wire names are snake_case, see <c>StepStatusNames</c>).</summary>
public enum StepStatus
{
    /// <summary>Not started.</summary>
    Pending,

    /// <summary>An attempt is executing.</summary>
    Running,

    /// <summary>An attempt failed; the next one waits for its retry time.</summary>
    WaitingToRetry,

    /// <summary>Waits for an approval before it runs.</summary>
    AwaitingApproval,

    /// <summary>A <c>delay</c> step waits for its timer.</summary>
    Waiting,

    /// <summary>Finished with outputs.</summary>
    Succeeded,

    /// <summary>Failed for good.</summary>
    Failed,

    /// <summary>Never ran because the run ended first.</summary>
    Skipped,

    /// <summary>Stopped by a cancel.</summary>
    Canceled,

    /// <summary>Its compensation is executing.</summary>
    Compensating,

    /// <summary>Undone by its compensation.</summary>
    Compensated,

    /// <summary>Its compensation failed for good.</summary>
    CompensationFailed,
}
