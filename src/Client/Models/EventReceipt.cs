namespace JobForge.Client.Models;

/// <summary>The receipt of an ingested event (<c>POST /api/v1/events</c>).</summary>
public sealed record EventReceipt
{
    /// <summary>The event id.</summary>
    public string EventId { get; init; } = string.Empty;

    /// <summary>The trace id.</summary>
    public string TraceId { get; init; } = string.Empty;

    /// <summary>When the server received it.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Whether the event was a duplicate of one already stored.</summary>
    public bool Duplicate { get; init; }
}
