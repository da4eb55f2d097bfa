using System.Text.Json;

namespace JobForge.Client.Models;

/// <summary>One page of events (<c>GET /api/v1/events</c>).</summary>
public sealed record EventPage
{
    /// <summary>The events, as the server stores them.</summary>
    public IReadOnlyList<JsonElement> Events { get; init; } = [];

    /// <summary>The cursor of the next page; null on the last.</summary>
    public string? NextCursor { get; init; }
}
