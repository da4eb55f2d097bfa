namespace JobForge.Domain.Triggers;

/// <summary>A trigger as stored, with its concurrency token (an ETag: PATCH may require it with <c>If-Match</c>).</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="Version">The store's version of it.</param>
public sealed record StoredTrigger(Trigger Trigger, string Version);
