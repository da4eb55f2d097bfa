namespace JobForge.Domain.Events;

/// <summary>A page of a tenant's events, newest first, and the opaque cursor of the next page (null at the end).</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, string? NextCursor);
