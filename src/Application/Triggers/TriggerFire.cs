using JobForge.Domain.Triggers;

namespace JobForge.Application.Triggers;

/// <summary>One would-be fire to evaluate.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="FireIdentity">Its identity (<see cref="Domain.Triggers.FireIdentity"/>): the job request's idempotency key.</param>
/// <param name="At">The instant the gate decides at: the slot (cron) or now (event, test).</param>
/// <param name="ScheduledAt">The cron slot, if any.</param>
/// <param name="Event">The triggering event, if any.</param>
/// <param name="Test">A test evaluation (<c>POST …/test</c>): a dry run that counts nothing.</param>
public sealed record TriggerFire(Trigger Trigger, string FireIdentity, DateTimeOffset At, DateTimeOffset? ScheduledAt, TriggerEvent? Event, bool Test = false);
