namespace JobForge.Client.Models;

/// <summary>The run status names the API uses.</summary>
public static class RunStatuses
{
    /// <summary>The final statuses: a run in one of them never changes again.</summary>
    public static IReadOnlySet<string> Final { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "succeeded", "failed", "rolled_back", "rollback_failed", "canceled",
    };

    /// <summary>Whether <paramref name="status"/> is final.</summary>
    public static bool IsFinal(string? status) => status is not null && Final.Contains(status);
}
