namespace JobForge.Client.Models;

/// <summary>One page of triggers.</summary>
public sealed record TriggerPage
{
    /// <summary>The triggers.</summary>
    public IReadOnlyList<Trigger> Items { get; init; } = [];

    /// <summary>The cursor of the next page.</summary>
    public string? NextCursor { get; init; }
}
