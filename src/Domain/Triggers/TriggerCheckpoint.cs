namespace JobForge.Domain.Triggers;

/// <summary>How far a cron trigger's schedule has been handled: every slot at or before <paramref name="HandledThrough"/>.</summary>
/// <param name="HandledThrough">The last slot fired or passed over.</param>
/// <param name="Version">The store's concurrency token (an ETag).</param>
public sealed record TriggerCheckpoint(DateTimeOffset HandledThrough, string Version);
