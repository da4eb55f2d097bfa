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

    // Fires every on-time slot of one trigger, oldest first; missed slots older than the grace follow the misfire policy.
    private async Task<int> FireEntryAsync(CronIndexEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var trigger = entry.Trigger;
        var evaluated = 0;
        for (var i = 0; i < MaxSlotsPerTriggerPerTick; i++)
        {
            var slot = MisfireResolver.SlotToFire(entry.Cron, entry.Zone, entry.HandledThrough, now, trigger.MisfirePolicy, _options.MisfireGrace);
            if (slot is not { } at)
            {
                if (entry.Cron.NextAfter(entry.HandledThrough, entry.Zone) is { } missed && missed <= now)
                {
                    await AdvanceAsync(entry, now, cancellationToken).ConfigureAwait(false); // skipped: every missed slot is handled
                }

                break;
            }

            var fire = new TriggerFire(trigger, FireIdentity.ForSlot(trigger.Id, at), at, at, null, KnownCounters: entry.Counters);
            entry.Counters = null; // if the evaluation fails half-way, read them again next time
            entry.Counters = (await _evaluator.EvaluateCountingAsync(fire, cancellationToken).ConfigureAwait(false)).Counters;
            evaluated++;
            if (!await AdvanceAsync(entry, at, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        return evaluated;
    }

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
