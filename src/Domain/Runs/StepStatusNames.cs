namespace JobForge.Domain.Runs;

/// <summary>The wire names of <see cref="StepStatus"/> (snake_case), and their parse.</summary>
public static class StepStatusNames
{
    private static readonly WireNames<StepStatus> s_names = new(new Dictionary<StepStatus, string>
    {
        [StepStatus.Pending] = "pending",
        [StepStatus.Running] = "running",
        [StepStatus.WaitingToRetry] = "waiting_to_retry",
        [StepStatus.AwaitingApproval] = "awaiting_approval",
        [StepStatus.Waiting] = "waiting",
        [StepStatus.Succeeded] = "succeeded",
        [StepStatus.Failed] = "failed",
        [StepStatus.Skipped] = "skipped",
        [StepStatus.Canceled] = "canceled",
        [StepStatus.Compensating] = "compensating",
        [StepStatus.Compensated] = "compensated",
        [StepStatus.CompensationFailed] = "compensation_failed",
    });

    /// <summary>The wire name of <paramref name="status"/>, e.g. <c>waiting_to_retry</c>.</summary>
    public static string ToWireName(StepStatus status) => s_names.ToWireName(status);

    /// <summary>Parses a wire name; false for anything else (never throws).</summary>
    public static bool TryParse(string? name, out StepStatus status) => s_names.TryParse(name, out status);
}
