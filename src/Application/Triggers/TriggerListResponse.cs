namespace JobForge.Application.Triggers;

/// <summary>A page of triggers.</summary>
/// <param name="Items">The triggers.</param>
/// <param name="NextCursor">The cursor of the next page, or null.</param>
public sealed record TriggerListResponse(IReadOnlyList<TriggerResponse> Items, string? NextCursor);
