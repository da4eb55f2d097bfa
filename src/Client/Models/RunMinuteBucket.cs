namespace JobForge.Client.Models;

/// <summary>The runs requested in one minute, by their status now.</summary>
public sealed record RunMinuteBucket
{
    /// <summary>The minute's start (UTC).</summary>
    public DateTimeOffset Minute { get; init; }

    /// <summary>Runs per status.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();
}
