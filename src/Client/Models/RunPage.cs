namespace JobForge.Client.Models;

/// <summary>One page of runs (<c>GET /api/v1/jobs</c>).</summary>
public sealed record RunPage
{
    /// <summary>The runs, oldest first.</summary>
    public IReadOnlyList<Run> Runs { get; init; } = [];

    /// <summary>The cursor of the next page; null on the last.</summary>
    public string? NextCursor { get; init; }
}
