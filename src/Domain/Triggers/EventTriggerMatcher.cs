namespace JobForge.Domain.Triggers;

/// <summary>
/// Whether an event matches an event trigger's filters: the type pattern, the source app and module (exact, when set),
/// and the severity and priority thresholds (<see cref="TriggerRanks"/>; a missing or unknown value never matches).
/// The tenant must be the trigger's. Pure; the safety gate runs after a match.
/// </summary>
public static class EventTriggerMatcher
{
    /// <summary>Whether <paramref name="trigger"/> matches <paramref name="evt"/>.</summary>
    public static bool Matches(Trigger trigger, TriggerEvent evt)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(evt);
        if (trigger.TriggerType != TriggerType.Event
            || trigger.EventTypeFilter is not { } pattern
            || !string.Equals(trigger.TenantId, evt.TenantId, StringComparison.Ordinal)
            || !EventTypePattern.Matches(pattern, evt.EventType))
        {
            return false;
        }

        if (trigger.EventSourceFilter is { } app && !string.Equals(app, evt.SourceApp, StringComparison.Ordinal))
        {
            return false;
        }

        if (trigger.SourceModule is { } module && !string.Equals(module, evt.SourceModule, StringComparison.Ordinal))
        {
            return false;
        }

        return AtLeast(trigger.SeverityThreshold, evt.PayloadText("severity"), TriggerRanks.Severity)
            && AtLeast(trigger.PriorityThreshold, evt.PayloadText("priority"), TriggerRanks.Priority);
    }

    private static bool AtLeast(string? threshold, string? value, Func<string?, int?> rank) =>
        threshold is null || (rank(value) is { } actual && rank(threshold) is { } minimum && actual >= minimum);
}
