namespace JobForge.Domain.Events;

/// <summary>
/// The validated filters of <c>GET /api/v1/events</c>. The tenant is not a filter: it comes from the caller's
/// identity and is passed to the store separately. Build one with <see cref="Parse"/>.
/// </summary>
public sealed partial record EventListQuery
{
    /// <summary>The page size when <c>limit</c> is absent.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest accepted <c>limit</c>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The longest accepted <c>cursor</c>.</summary>
    public const int MaxCursorLength = 2048;

    /// <summary>Only events of this type.</summary>
    public string? EventType { get; init; }

    /// <summary>Only events from this application.</summary>
    public SourceApp? SourceApp { get; init; }

    /// <summary>Only events from this module.</summary>
    public SourceModule? SourceModule { get; init; }

    /// <summary>Only events of this project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Only events that occurred (<c>occurred_at</c>) at or after this instant (inclusive).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only events that occurred (<c>occurred_at</c>) at or before this instant (inclusive).</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Only events JobForge received at or after this instant (inclusive); listing is ordered by receipt.</summary>
    public DateTimeOffset? ReceivedSince { get; init; }

    /// <summary>Only events JobForge received at or before this instant (inclusive).</summary>
    public DateTimeOffset? ReceivedUntil { get; init; }

    /// <summary>The page size, 1–<see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>The opaque continuation cursor from a previous page, if any.</summary>
    public string? Cursor { get; init; }
}
