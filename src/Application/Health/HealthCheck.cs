namespace JobForge.Application.Health;

/// <summary>One service's check.</summary>
/// <param name="Status"><c>up</c> or <c>down</c>.</param>
/// <param name="DurationMs">How long the probe took.</param>
/// <param name="Reason">Why it is down; absent when up.</param>
public sealed record HealthCheck(string Status, long DurationMs, string? Reason);
