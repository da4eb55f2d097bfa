namespace JobForge.Domain.Triggers;

/// <summary>What makes a trigger fire.</summary>
public enum TriggerType
{
    /// <summary>A cron schedule (<c>cron</c>).</summary>
    Cron,

    /// <summary>Accepted events that match its filters (<c>event</c>).</summary>
    Event,
}
