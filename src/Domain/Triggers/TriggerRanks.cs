namespace JobForge.Domain.Triggers;

/// <summary>
/// The orders thresholds compare in: severity <c>low &lt; info &lt; medium &lt; warning &lt; high &lt; critical = error</c>
/// and priority <c>p3 &lt; p2 &lt; p1 &lt; p0</c>. Case-insensitive; anything else has no rank (and never matches).
/// </summary>
public static class TriggerRanks
{
    /// <summary>The severity names, lowest first (<c>error</c> ranks with <c>critical</c>).</summary>
    public static IReadOnlyList<string> Severities { get; } = ["low", "info", "medium", "warning", "high", "critical", "error"];

    /// <summary>The priority names, lowest first.</summary>
    public static IReadOnlyList<string> Priorities { get; } = ["p3", "p2", "p1", "p0"];

    /// <summary>The rank of a severity, or null when unknown.</summary>
    public static int? Severity(string? value) => value?.ToLowerInvariant() switch
    {
        "low" => 0,
        "info" => 1,
        "medium" => 2,
        "warning" => 3,
        "high" => 4,
        "critical" or "error" => 5,
        _ => null,
    };

    /// <summary>The rank of a priority, or null when unknown.</summary>
    public static int? Priority(string? value) => value?.ToLowerInvariant() switch
    {
        "p3" => 0,
        "p2" => 1,
        "p1" => 2,
        "p0" => 3,
        _ => null,
    };
}
