namespace JobForge.Domain.Triggers;

/// <summary>One evaluation of a trigger, fired or not (<c>GET /api/v1/triggers/{id}/decisions</c>).</summary>
public sealed record TriggerDecisionRecord
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The trigger.</summary>
    public required string TriggerId { get; init; }

    /// <summary>When it was evaluated.</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>The gate's code (<see cref="TriggerDecisionCodes"/>).</summary>
    public required string Decision { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>The fire identity (the job request's idempotency key).</summary>
    public required string FireIdentity { get; init; }

    /// <summary>The cron slot, for cron fires.</summary>
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>The event, for event fires.</summary>
    public string? EventId { get; init; }

    /// <summary>What the job request did: <c>queued</c>, <c>replayed</c>, <c>would_request</c> (dry run) or <c>failed:{reason}</c>; null when not requested.</summary>
    public string? Outcome { get; init; }

    /// <summary>The run, when one was requested.</summary>
    public string? RunId { get; init; }

    /// <summary>The template that was (or would have been) requested.</summary>
    public required string TemplateKey { get; init; }

    /// <summary>Whether this was a test evaluation (<c>POST …/test</c>).</summary>
    public bool Test { get; init; }
}
