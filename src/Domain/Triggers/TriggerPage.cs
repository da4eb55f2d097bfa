namespace JobForge.Domain.Triggers;

/// <summary>A page of triggers and the cursor of the next page (null at the end).</summary>
/// <param name="Items">The triggers.</param>
/// <param name="NextCursor">An opaque cursor, or null.</param>
public sealed record TriggerPage(IReadOnlyList<StoredTrigger> Items, string? NextCursor);
