namespace JobForge.Application.Triggers;

/// <summary>A trigger's safety block on the wire.</summary>
/// <param name="CooldownSeconds">Seconds between two fires.</param>
/// <param name="MaxRunsPerHour">Fires per UTC hour.</param>
/// <param name="AllowedEventTypes">Event types that may fire it (empty: any).</param>
/// <param name="AllowedTemplates">Templates it may request (empty: any).</param>
/// <param name="AllowActionJobs">Whether it may target an action template.</param>
public sealed record TriggerSafetyResponse(
    int CooldownSeconds, int MaxRunsPerHour, IReadOnlyList<string> AllowedEventTypes, IReadOnlyList<string> AllowedTemplates, bool AllowActionJobs);
