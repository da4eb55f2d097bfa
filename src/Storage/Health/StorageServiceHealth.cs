namespace JobForge.Storage.Health;

/// <summary>One service's probe result.</summary>
/// <param name="Name">tables, blobs or queues.</param>
/// <param name="IsUp">Whether it answered in time.</param>
/// <param name="DurationMs">How long the probe took.</param>
/// <param name="Reason">Why it is down: <c>timeout</c>, <c>unreachable</c> or <c>status N code</c>; null when up.</param>
public sealed record StorageServiceHealth(string Name, bool IsUp, long DurationMs, string? Reason);
