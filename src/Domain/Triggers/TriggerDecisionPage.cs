namespace JobForge.Domain.Triggers;

/// <summary>A page of decisions, newest first, and the cursor of the next page (null at the end).</summary>
/// <param name="Items">The decisions.</param>
/// <param name="NextCursor">An opaque cursor, or null.</param>
public sealed record TriggerDecisionPage(IReadOnlyList<TriggerDecisionRecord> Items, string? NextCursor);
