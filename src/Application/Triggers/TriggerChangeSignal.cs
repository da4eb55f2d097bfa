using System.Collections.Concurrent;

namespace JobForge.Application.Triggers;

/// <summary>Changes made on this server, picked up by the next scheduler tick at once (other servers see them through the change feed).</summary>
public sealed class TriggerChangeSignal
{
    private readonly ConcurrentQueue<(string TenantId, string TriggerId)> _changes = new();

    /// <summary>Raised after <see cref="Notify"/> (the scheduler loop wakes on it).</summary>
    public event Action? Changed;

    /// <summary>Records that a trigger changed.</summary>
    public void Notify(string tenantId, string triggerId)
    {
        _changes.Enqueue((tenantId, triggerId));
        Changed?.Invoke();
    }

    /// <summary>Takes every change recorded so far.</summary>
    public List<(string TenantId, string TriggerId)> Drain()
    {
        var list = new List<(string, string)>();
        while (_changes.TryDequeue(out var change))
        {
            list.Add(change);
        }

        return list;
    }
}
