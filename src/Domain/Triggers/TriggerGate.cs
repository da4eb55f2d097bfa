using System.Globalization;

namespace JobForge.Domain.Triggers;

/// <summary>
/// The one safety gate every would-be fire passes. Checks in order, the first failing one decides: global switch
/// (<c>blocked</c>), disabled (<c>disabled</c>), cooldown (<c>cooldown</c>, with the time left; never with a cooldown of 0), hourly cap
/// (<c>rate_limited</c>), tenant rate limit (<c>rate_limited</c>), allow lists and action templates (<c>not_allowed</c>),
/// duplicate (<c>duplicate</c>); otherwise <c>fire</c>, or <c>dry_run</c> for a trigger in dry-run mode. Pure.
/// </summary>
public static class TriggerGate
{
    /// <summary>Decides on <paramref name="input"/>.</summary>
    public static TriggerDecision Evaluate(TriggerGateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trigger = input.Trigger;
        var safety = trigger.Safety;
        if (!input.TriggersEnabled)
        {
            return new(TriggerDecisionCodes.Blocked, "trigger firing is switched off (JOBFORGE_TRIGGERS_ENABLED)");
        }

        if (!trigger.Enabled)
        {
            return new(TriggerDecisionCodes.Disabled, "the trigger is disabled");
        }

        // No cooldown means none: a fire decided at an instant before the counters' last fire (another server's clock
        // read a moment later, or its write landed first) is not "0 s not elapsed".
        var resumed = IsResumed(input);
        if (!resumed && safety.CooldownSeconds > 0
            && input.Counters.LastFiredAt is { } last && input.At - last < TimeSpan.FromSeconds(safety.CooldownSeconds))
        {
            var remaining = TimeSpan.FromSeconds(safety.CooldownSeconds) - (input.At - last);
            return new(TriggerDecisionCodes.Cooldown,
                string.Create(CultureInfo.InvariantCulture, $"cooldown of {safety.CooldownSeconds} s not elapsed: {Math.Ceiling(remaining.TotalSeconds)} s remaining"),
                remaining);
        }

        if (!resumed && input.Counters.CountAt(input.At) >= safety.MaxRunsPerHour)
        {
            var reset = TriggerCounterState.HourOf(input.At).AddHours(1) - input.At;
            return new(TriggerDecisionCodes.RateLimited,
                string.Create(CultureInfo.InvariantCulture, $"max_runs_per_hour {safety.MaxRunsPerHour} reached for this hour"), reset);
        }

        if (input.TenantRateLimit is { Allowed: false } limit)
        {
            return new(TriggerDecisionCodes.RateLimited,
                string.Create(CultureInfo.InvariantCulture, $"the tenant's rate limit of {limit.Limit} per window is reached"), limit.RetryAfter);
        }

        if (NotAllowed(input) is { } why)
        {
            return new(TriggerDecisionCodes.NotAllowed, why);
        }

        if (input.AlreadyHandled)
        {
            return new(TriggerDecisionCodes.Duplicate, "this fire was handled before (same trigger and event or slot)");
        }

        return trigger.DryRun
            ? new(TriggerDecisionCodes.DryRun, "every check passed; dry run: nothing was requested")
            : new(TriggerDecisionCodes.Fire, "every check passed");
    }

    /// <summary>Whether this fire took its counters before (and so resumes without counting again).</summary>
    public static bool IsResumed(TriggerGateInput input) =>
        input.FireIdentity is not null && string.Equals(input.Counters.LastFireIdentity, input.FireIdentity, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="input"/> would get past the counters (switch, enabled, cooldown, hourly cap) — when to take a tenant permit.</summary>
    public static bool PassesCounters(TriggerGateInput input) =>
        Evaluate(input with { TenantRateLimit = null, AlreadyHandled = false }).Code is not
            (TriggerDecisionCodes.Blocked or TriggerDecisionCodes.Disabled or TriggerDecisionCodes.Cooldown or TriggerDecisionCodes.RateLimited);

    private static string? NotAllowed(TriggerGateInput input)
    {
        var safety = input.Trigger.Safety;
        if (input.EventType is { } type && safety.AllowedEventTypes.Count > 0
            && !safety.AllowedEventTypes.Any(pattern => EventTypePattern.Matches(pattern, type)))
        {
            return $"event type '{type}' is not in allowed_event_types";
        }

        var template = input.Trigger.TargetTemplateKey;
        if (safety.AllowedTemplates.Count > 0 && !safety.AllowedTemplates.Contains(template, StringComparer.Ordinal))
        {
            return $"template '{template}' is not in allowed_templates";
        }

        return input.TargetIsActionJob && !safety.AllowActionJobs
            ? $"template '{template}' is an action template and allow_action_jobs is false"
            : null;
    }
}
