namespace JobForge.Client.Models;

/// <summary>One page of trigger decisions.</summary>
public sealed record TriggerDecisionPage
{
    /// <summary>The decisions.</summary>
    public IReadOnlyList<TriggerDecision> Items { get; init; } = [];

    /// <summary>The cursor of the next page.</summary>
    public string? NextCursor { get; init; }
}
