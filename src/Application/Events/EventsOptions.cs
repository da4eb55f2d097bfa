namespace JobForge.Application.Events;

/// <summary>Event ingestion settings, bound from <c>JobForge:Events</c>.</summary>
public sealed class EventsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Events";

    /// <summary>How long events are kept when they give no <c>retention_days</c>. Default 30 days.</summary>
    public TimeSpan DefaultRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long events with <c>contains_pii</c> are kept when they give no <c>retention_days</c>. Default 7 days.</summary>
    public TimeSpan PiiRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the retention sweep deletes expired events. Default 1 hour.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
