using System.Runtime.ExceptionServices;
using JobForge.Domain.Triggers;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Application.Triggers;

/// <content>Firing due slots.</content>
public sealed partial class TriggerScheduler
{
    private const int MaxSlotsPerTriggerPerTick = 120;

    private async Task<int> FireDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = _index.TakeDue(now);
        if (due.Count == 0)
        {
            return 0;
        }

        var evaluated = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentFires, CancellationToken = cancellationToken },
            async (entry, ct) =>
            {
                try
                {
                    Interlocked.Add(ref evaluated, await FireEntryAsync(entry, now, ct).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    TriggersLog.FireFailed(_logger, entry.Trigger.TenantId, entry.Trigger.Id, ex);
                }
            }).ConfigureAwait(false);
        foreach (var entry in due)
        {
            _index.Schedule(entry);
        }

        return evaluated;
    }

    /// <summary>
    /// Fires every on-time slot of one trigger, oldest first (missed slots older than the grace follow the misfire
    /// policy). The slots are evaluated one after another, each after the previous one's run was requested and its
    /// decision recorded, so the counters see them in order; the checkpoint is written once for the slots handled here
    /// (also when a later slot fails), not once per slot (<see cref="TriggerSchedulerOptions.CheckpointEachSlot"/>). A
    /// crash before that write repeats the batch's slots: the one whose evaluation was cut short resumes under its fire
    /// identity, and the earlier ones — older than the counters' last fire, so decided already — are skipped.
    /// </summary>
    private async Task<int> FireEntryAsync(CronIndexEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var trigger = entry.Trigger;
        var evaluated = 0;
        var handled = entry.HandledThrough;
        ExceptionDispatchInfo? failure = null;
        try
        {
            for (var i = 0; i < MaxSlotsPerTriggerPerTick; i++)
            {
                if (i > 0 && _time.GetUtcNow() >= _nextRenewAt)
                {
                    break; // a long catch-up yields to the renew; the next tick goes on
                }

                var slot = MisfireResolver.SlotToFire(entry.Cron, entry.Zone, handled, now, trigger.MisfirePolicy, _options.MisfireGrace);
                if (slot is not { } at)
                {
                    if (entry.Cron.NextAfter(handled, entry.Zone) is { } missed && missed <= now)
                    {
                        handled = now; // skipped: every missed slot is handled
                    }

                    break;
                }

                var identity = FireIdentity.ForSlot(trigger.Id, at);
                entry.Counters ??= await _evaluator.CountersAsync(trigger, cancellationToken).ConfigureAwait(false);
                if (DecidedBefore(entry.Counters, at, identity))
                {
                    handled = at;
                    continue;
                }

                var fire = new TriggerFire(trigger, identity, at, at, null, KnownCounters: entry.Counters);
                entry.Counters = null; // if the evaluation fails half-way, read them again next time
                entry.Counters = (await _evaluator.EvaluateCountingAsync(fire, cancellationToken).ConfigureAwait(false)).Counters;
                evaluated++;
                handled = at;
                if (_options.CheckpointEachSlot)
                {
                    if (!await AdvanceAsync(entry, at, cancellationToken).ConfigureAwait(false))
                    {
                        return evaluated;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }

        if (handled > entry.HandledThrough)
        {
            try
            {
                await AdvanceAsync(entry, handled, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (failure is not null)
            {
                // The slot's failure is the one to report; the next tick repeats the batch (see above).
            }
        }

        failure?.Throw();
        return evaluated;
    }

    // A slot older than the trigger's last counted fire was decided by an earlier attempt (slots are decided in order,
    // each after the previous one's evaluation completed): the batch being repeated after a crash or by a new leader.
    private static bool DecidedBefore(TriggerCounterState counters, DateTimeOffset slot, string identity) =>
        counters.LastFiredAt is { } last && slot < last && !string.Equals(counters.LastFireIdentity, identity, StringComparison.Ordinal);

    // Moves the checkpoint forward with its ETag; on a concurrent change re-reads it (a deposed leader's write loses, and
    // the slot's fire identity keeps a repeated fire to one run).
    private async Task<bool> AdvanceAsync(CronIndexEntry entry, DateTimeOffset through, CancellationToken cancellationToken)
    {
        var trigger = entry.Trigger;
        var written = await _checkpoints.TryAdvanceAsync(trigger.TenantId, trigger.Id, entry.Checkpoint, through, cancellationToken).ConfigureAwait(false);
        if (written is not null)
        {
            entry.Checkpoint = written;
            entry.HandledThrough = through;
            return true;
        }

        var current = await _checkpoints.GetAsync(trigger.TenantId, trigger.Id, cancellationToken).ConfigureAwait(false);
        entry.Checkpoint = current;
        if (current is not null && current.HandledThrough > entry.HandledThrough)
        {
            entry.HandledThrough = current.HandledThrough;
        }

        return false;
    }
}
