using JobForge.Domain.Triggers;

namespace JobForge.Application.Triggers;

/// <summary>One would-be fire to evaluate.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="FireIdentity">Its identity (<see cref="Domain.Triggers.FireIdentity"/>): the job request's idempotency key.</param>
/// <param name="At">The instant the gate decides at: the slot (cron) or now (event, test).</param>
/// <param name="ScheduledAt">The cron slot, if any.</param>
/// <param name="Event">The triggering event, if any.</param>
/// <param name="Test">A test evaluation (<c>POST …/test</c>): a dry run that counts nothing.</param>
/// <param name="KnownCounters">
/// The trigger's counters as the caller last read or wrote them, to decide without reading them again (the scheduler
/// keeps them per cron trigger). A stale copy is safe: counters only grow, so it never denies a fire the stored ones
/// would pass, and the conditional write of a passed fire misses on it and the evaluator reads the store.
/// </param>
public sealed record TriggerFire(
    Trigger Trigger, string FireIdentity, DateTimeOffset At, DateTimeOffset? ScheduledAt, TriggerEvent? Event, bool Test = false,
    TriggerCounterState? KnownCounters = null);
