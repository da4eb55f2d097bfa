using JobForge.Domain.Triggers;
using JobForge.Domain.Triggers.Cron;

namespace JobForge.Application.Triggers;

/// <summary>
/// The leader's index of enabled cron triggers, ordered by next slot (a <see cref="PriorityQueue{TElement, TPriority}"/>
/// with lazy removal), so a tick costs O(due · log n) instead of a scan of every trigger. Not thread-safe: the scheduler
/// tick owns it.
/// </summary>
public sealed class CronIndex
{
    private readonly Dictionary<(string, string), CronIndexEntry> _entries = [];
    private readonly PriorityQueue<(CronIndexEntry Entry, long Stamp), DateTimeOffset> _queue = new();
    private long _stamp;

    /// <summary>Triggers indexed.</summary>
    public int Count => _entries.Count;

    /// <summary>The earliest next slot, if any.</summary>
    public DateTimeOffset? NextDueAt
    {
        get
        {
            while (_queue.TryPeek(out var top, out var at))
            {
                if (top.Entry.Stamp == top.Stamp && _entries.ContainsKey(Key(top.Entry.Trigger)))
                {
                    return at;
                }

                _queue.Dequeue();
            }

            return null;
        }
    }

    /// <summary>Adds or replaces <paramref name="trigger"/> (removes it when disabled, not cron, or unparseable).</summary>
    public void Upsert(Trigger trigger, TriggerCheckpoint? checkpoint, Func<string, TimeZoneInfo?> zones)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(zones);
        if (!trigger.Enabled || trigger.TriggerType != TriggerType.Cron
            || CronExpression.Parse(trigger.CronExpression).Expression is not { } cron
            || zones(trigger.TimeZone ?? "UTC") is not { } zone)
        {
            Remove(trigger.TenantId, trigger.Id);
            return;
        }

        var since = checkpoint is { } c && c.HandledThrough > trigger.UpdatedAt ? c.HandledThrough : trigger.UpdatedAt;
        var entry = new CronIndexEntry(trigger, cron, zone, since, checkpoint);
        _entries[Key(trigger)] = entry;
        Schedule(entry);
    }

    /// <summary>Removes a trigger.</summary>
    public void Remove(string tenantId, string triggerId) => _entries.Remove((tenantId, triggerId));

    /// <summary>The entry of a trigger, if indexed.</summary>
    public CronIndexEntry? Find(string tenantId, string triggerId) => _entries.GetValueOrDefault((tenantId, triggerId));

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        _entries.Clear();
        _queue.Clear();
    }

    /// <summary>Takes every entry whose next slot is at or before <paramref name="now"/> (they leave the queue until <see cref="Schedule"/>).</summary>
    public List<CronIndexEntry> TakeDue(DateTimeOffset now)
    {
        var due = new List<CronIndexEntry>();
        while (_queue.TryPeek(out var top, out var at) && at <= now)
        {
            _queue.Dequeue();
            if (top.Entry.Stamp == top.Stamp && _entries.TryGetValue(Key(top.Entry.Trigger), out var current) && ReferenceEquals(current, top.Entry))
            {
                due.Add(top.Entry);
            }
        }

        return due;
    }

    /// <summary>(Re)queues <paramref name="entry"/> at its next slot after <see cref="CronIndexEntry.HandledThrough"/>.</summary>
    public void Schedule(CronIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Stamp = ++_stamp;
        entry.NextSlot = entry.Cron.NextAfter(entry.HandledThrough, entry.Zone);
        if (entry.NextSlot is { } next && _entries.TryGetValue(Key(entry.Trigger), out var current) && ReferenceEquals(current, entry))
        {
            _queue.Enqueue((entry, entry.Stamp), next);
        }
    }

    private static (string, string) Key(Trigger trigger) => (trigger.TenantId, trigger.Id);
}
