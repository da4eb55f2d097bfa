namespace JobForge.Domain.Runs;

/// <summary>The wire names of <see cref="RunStatus"/> (snake_case), and their parse.</summary>
public static class RunStatusNames
{
    private static readonly Dictionary<RunStatus, string> s_names = new()
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
    };

    /// <summary>The wire name of <paramref name="status"/>, e.g. <c>queued</c>.</summary>
    public static string ToWireName(RunStatus status) =>
        s_names.TryGetValue(status, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(status));

    /// <summary>Parses a wire name; false for anything else (never throws).</summary>
    public static bool TryParse(string? name, out RunStatus status)
    {
        foreach (var (key, value) in s_names)
        {
            if (string.Equals(value, name, StringComparison.Ordinal))
            {
                status = key;
                return true;
            }
        }

        status = default;
        return false;
    }
}
