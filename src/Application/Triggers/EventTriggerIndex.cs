using System.Collections.Concurrent;
using JobForge.Domain.Triggers;

namespace JobForge.Application.Triggers;

/// <summary>
/// Every server's index of event triggers by tenant (disabled ones too, so a matching event records a <c>disabled</c>
/// decision, as the gate promises), so evaluating an event costs a dictionary lookup plus the
/// tenant's own triggers, however many triggers exist. Kept current by the scheduler tick (load, change feed, local changes).
/// </summary>
public sealed class EventTriggerIndex
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Trigger>> _byTenant = new(StringComparer.Ordinal);

    /// <summary>Whether the first load finished.</summary>
    public bool Loaded { get; internal set; }

    /// <summary>Adds, replaces or (when not an event trigger) removes <paramref name="trigger"/>.</summary>
    public void Upsert(Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (trigger.TriggerType != TriggerType.Event)
        {
            Remove(trigger.TenantId, trigger.Id);
            return;
        }

        _byTenant.GetOrAdd(trigger.TenantId, static _ => new(StringComparer.Ordinal))[trigger.Id] = trigger;
    }

    /// <summary>Removes a trigger.</summary>
    public void Remove(string tenantId, string triggerId)
    {
        if (_byTenant.TryGetValue(tenantId, out var triggers))
        {
            triggers.TryRemove(triggerId, out _);
        }
    }

    /// <summary>The tenant's event triggers (enabled or not: the gate decides) that match <paramref name="evt"/>.</summary>
    public IReadOnlyList<Trigger> Matching(TriggerEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return _byTenant.TryGetValue(evt.TenantId, out var triggers)
            ? triggers.Values.Where(t => EventTriggerMatcher.Matches(t, evt)).ToList()
            : [];
    }
}
