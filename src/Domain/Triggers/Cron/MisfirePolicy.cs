namespace JobForge.Domain.Triggers.Cron;

/// <summary>What a cron trigger does with slots missed while nothing was running (see <see cref="MisfireResolver"/>).</summary>
public enum MisfirePolicy
{
    /// <summary>Missed slots collapse into one fire, for the latest of them (the default; wire name <c>fire_once</c>).</summary>
    FireOnce,

    /// <summary>Missed slots are dropped; only slots still within the grace period fire (wire name <c>skip</c>).</summary>
    Skip,
}
