namespace JobForge.Application.OpenApi.Bodies;

/// <summary>A trigger's safety gate (see docs/triggers.md).</summary>
public sealed class TriggerSafetyBody
{
    /// <summary>0–86,400; default 60.</summary>
    public int? CooldownSeconds { get; init; }

    /// <summary>1–100,000 per UTC clock hour; default 100.</summary>
    public int? MaxRunsPerHour { get; init; }

    /// <summary>Event triggers: exact types or a trailing <c>*</c>; empty means any.</summary>
    public IReadOnlyList<string>? AllowedEventTypes { get; init; }

    /// <summary>Templates the trigger may request; empty means any.</summary>
    public IReadOnlyList<string>? AllowedTemplates { get; init; }

    /// <summary>Required (with a policy token) for action templates.</summary>
    public bool? AllowActionJobs { get; init; }
}
