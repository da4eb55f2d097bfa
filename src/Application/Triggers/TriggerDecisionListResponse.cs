namespace JobForge.Application.Triggers;

/// <summary>A page of decisions, newest first.</summary>
/// <param name="Items">The decisions.</param>
/// <param name="NextCursor">The cursor of the next page, or null.</param>
public sealed record TriggerDecisionListResponse(IReadOnlyList<TriggerDecisionResponse> Items, string? NextCursor);
