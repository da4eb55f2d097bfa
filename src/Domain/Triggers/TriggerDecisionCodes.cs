namespace JobForge.Domain.Triggers;

/// <summary>The stable decision codes of <see cref="TriggerGate"/>, in the order the gate checks them.</summary>
public static class TriggerDecisionCodes
{
    /// <summary>Trigger firing is switched off (<c>JOBFORGE_TRIGGERS_ENABLED</c>).</summary>
    public const string Blocked = "blocked";

    /// <summary>The trigger is disabled.</summary>
    public const string Disabled = "disabled";

    /// <summary>The cooldown since the last fire has not elapsed.</summary>
    public const string Cooldown = "cooldown";

    /// <summary>The hourly cap or the tenant's rate limit is reached.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>The event type or target template is not on the allow list (or an action template is not allowed).</summary>
    public const string NotAllowed = "not_allowed";

    /// <summary>This fire (event or slot) was handled before.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Every check passed: a job is requested.</summary>
    public const string Fire = "fire";

    /// <summary>Every check passed but the trigger is in dry-run mode: nothing is requested.</summary>
    public const string DryRun = "dry_run";
}
