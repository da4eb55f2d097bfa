namespace JobForge.Domain.Triggers;

/// <summary>A trigger's safety block: what the gate enforces before every fire.</summary>
public sealed record TriggerSafety
{
    /// <summary>The default <see cref="CooldownSeconds"/>.</summary>
    public const int DefaultCooldownSeconds = 60;

    /// <summary>The default <see cref="MaxRunsPerHour"/>.</summary>
    public const int DefaultMaxRunsPerHour = 100;

    /// <summary>Seconds that must pass between two fires (<c>cooldown_seconds</c>, 0–86,400; default 60).</summary>
    public int CooldownSeconds { get; init; } = DefaultCooldownSeconds;

    /// <summary>Fires allowed per UTC clock hour (<c>max_runs_per_hour</c>, 1–100,000; default 100).</summary>
    public int MaxRunsPerHour { get; init; } = DefaultMaxRunsPerHour;

    /// <summary>Event types that may fire it (exact or trailing <c>*</c>); empty allows every type (<c>allowed_event_types</c>).</summary>
    public IReadOnlyList<string> AllowedEventTypes { get; init; } = [];

    /// <summary>Templates it may request; empty allows any (<c>allowed_templates</c>).</summary>
    public IReadOnlyList<string> AllowedTemplates { get; init; } = [];

    /// <summary>Whether it may target an action template (<c>allow_action_jobs</c>, default false).</summary>
    public bool AllowActionJobs { get; init; }
}
