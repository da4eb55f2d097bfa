using JobForge.Domain.Triggers;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Application.Triggers;

/// <summary>One enabled cron trigger in the leader's index: its parsed schedule and how far it is handled.</summary>
public sealed class CronIndexEntry
{
    internal CronIndexEntry(Trigger trigger, CronExpression cron, TimeZoneInfo zone, DateTimeOffset handledThrough, TriggerCheckpoint? checkpoint)
    {
        Trigger = trigger;
        Cron = cron;
        Zone = zone;
        HandledThrough = handledThrough;
        Checkpoint = checkpoint;
    }

    /// <summary>The trigger.</summary>
    public Trigger Trigger { get; }

    /// <summary>Its schedule.</summary>
    public CronExpression Cron { get; }

    /// <summary>Its time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Every slot at or before this is handled.</summary>
    public DateTimeOffset HandledThrough { get; internal set; }

    /// <summary>The stored checkpoint last read or written (null when none yet).</summary>
    public TriggerCheckpoint? Checkpoint { get; internal set; }

    /// <summary>The trigger's counters as this scheduler last read or wrote them (null: read them at the next fire).</summary>
    internal TriggerCounterState? Counters { get; set; }

    /// <summary>The next slot, or null when the schedule has none.</summary>
    public DateTimeOffset? NextSlot { get; internal set; }

    internal long Stamp { get; set; }
}
