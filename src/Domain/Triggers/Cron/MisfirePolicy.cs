namespace JobForge.Domain.Triggers.Cron;

/// <summary>What a cron trigger does with slots missed while nothing was running.</summary>
public enum MisfirePolicy
{
    /// <summary>Fire the latest missed slot once.</summary>
    FireOnce,

    /// <summary>Fire none of the missed slots.</summary>
    Skip,
}
