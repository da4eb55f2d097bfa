namespace JobForge.Domain.Triggers;

/// <summary>Everything <see cref="TriggerGate.Evaluate"/> looks at: a snapshot, read before the decision.</summary>
public sealed record TriggerGateInput
{
    /// <summary>The trigger.</summary>
    public required Trigger Trigger { get; init; }

    /// <summary>The instant the fire is for: the scheduled slot (cron) or the evaluation time (event).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The global switch (<c>JOBFORGE_TRIGGERS_ENABLED</c>).</summary>
    public required bool TriggersEnabled { get; init; }

    /// <summary>This fire's identity; when it is the counters' last one, the fire already took its counters and resumes past them.</summary>
    public string? FireIdentity { get; init; }

    /// <summary>The trigger's counters.</summary>
    public TriggerCounterState Counters { get; init; } = TriggerCounterState.Empty;

    /// <summary>The tenant rate limiter's answer; null when not consulted (limiting off, or an earlier check decides).</summary>
    public RateLimits.RateLimitDecision? TenantRateLimit { get; init; }

    /// <summary>The event's type (event fires).</summary>
    public string? EventType { get; init; }

    /// <summary>Whether the target template is an action template.</summary>
    public bool TargetIsActionJob { get; init; }

    /// <summary>Whether this fire identity was handled before (a redelivered event).</summary>
    public bool AlreadyHandled { get; init; }
}
