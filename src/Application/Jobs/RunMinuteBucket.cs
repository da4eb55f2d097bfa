namespace JobForge.Application.Jobs;

/// <summary>The runs requested in one minute, by their status now.</summary>
/// <param name="Minute">The minute's start (UTC).</param>
/// <param name="Counts">Runs per status (wire names).</param>
public sealed record RunMinuteBucket(DateTimeOffset Minute, IReadOnlyDictionary<string, int> Counts);
