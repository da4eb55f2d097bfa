namespace JobForge.Client.Models;

/// <summary>Runs requested in a window, counted by status and by minute (<c>GET /api/v1/jobs/summary</c>).</summary>
public sealed record RunSummary
{
    /// <summary>The tenant.</summary>
    public string TenantId { get; init; } = string.Empty;

    /// <summary><c>1h</c> or <c>24h</c>.</summary>
    public string Window { get; init; } = string.Empty;

    /// <summary>The window's start.</summary>
    public DateTimeOffset Since { get; init; }

    /// <summary>When the summary was made.</summary>
    public DateTimeOffset Until { get; init; }

    /// <summary>The runs counted.</summary>
    public int Total { get; init; }

    /// <summary>Whether the window holds more runs than were counted.</summary>
    public bool Truncated { get; init; }

    /// <summary>Runs per status.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>Minutes with runs, oldest first.</summary>
    public IReadOnlyList<RunMinuteBucket> Buckets { get; init; } = [];
}
