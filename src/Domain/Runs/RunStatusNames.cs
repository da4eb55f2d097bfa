namespace JobForge.Domain.Runs;

/// <summary>The wire names of <see cref="RunStatus"/> (snake_case), and their parse.</summary>
public static class RunStatusNames
{
    private static readonly WireNames<RunStatus> s_names = new(new Dictionary<RunStatus, string>
    {
        [RunStatus.Queued] = "queued",
        [RunStatus.Running] = "running",
        [RunStatus.AwaitingApproval] = "awaiting_approval",
        [RunStatus.Succeeded] = "succeeded",
        [RunStatus.Failed] = "failed",
        [RunStatus.RollingBack] = "rolling_back",
        [RunStatus.RolledBack] = "rolled_back",
        [RunStatus.RollbackFailed] = "rollback_failed",
        [RunStatus.Canceled] = "canceled",
    });

    /// <summary>The wire name of <paramref name="status"/>, e.g. <c>queued</c>.</summary>
    public static string ToWireName(RunStatus status) => s_names.ToWireName(status);

    /// <summary>Parses a wire name; false for anything else (never throws).</summary>
    public static bool TryParse(string? name, out RunStatus status) => s_names.TryParse(name, out status);
}
