using JobForge.Domain.Triggers;

namespace JobForge.Application.Triggers;

/// <summary>One decision on the wire.</summary>
/// <param name="EvaluatedAt">When.</param>
/// <param name="Decision">The gate's code.</param>
/// <param name="Reason">Why.</param>
/// <param name="FireIdentity">The fire identity (idempotency key).</param>
/// <param name="ScheduledAt">The cron slot, if any.</param>
/// <param name="EventId">The event, if any.</param>
/// <param name="Outcome">What the job request did, if one was made (or would have been).</param>
/// <param name="RunId">The run, if any.</param>
/// <param name="TemplateKey">The template.</param>
/// <param name="Test">Whether this was a test evaluation.</param>
public sealed record TriggerDecisionResponse(
    DateTimeOffset EvaluatedAt, string Decision, string Reason, string FireIdentity, DateTimeOffset? ScheduledAt, string? EventId,
    string? Outcome, string? RunId, string TemplateKey, bool Test)
{
    /// <summary>The response for <paramref name="r"/>.</summary>
    public static TriggerDecisionResponse From(TriggerDecisionRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.EvaluatedAt, r.Decision, r.Reason, r.FireIdentity, r.ScheduledAt, r.EventId, r.Outcome, r.RunId, r.TemplateKey, r.Test);
    }
}
