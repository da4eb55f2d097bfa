using System.Collections.Concurrent;
using System.Diagnostics;

namespace JobForge.Application.Telemetry;

/// <summary>
/// The span context of the job request that created each run, kept (bounded, oldest dropped first) until a worker in
/// this process picks the run up, so the run's span is a child of the request's. Telemetry only: losing an entry
/// (another server, a restart) costs the link, never correctness.
/// </summary>
public sealed class RunParents
{
    /// <summary>The most runs remembered at once.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, ActivityContext> _parents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Remembers <paramref name="parent"/> for the run.</summary>
    public void Remember(string tenantId, string runId, ActivityContext parent)
    {
        var key = Key(tenantId, runId);
        if (!_parents.TryAdd(key, parent))
        {
            return;
        }

        _order.Enqueue(key);
        while (_parents.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _parents.TryRemove(oldest, out _);
        }
    }

    /// <summary>The run's parent, if this process created the run and still remembers it.</summary>
    public ActivityContext? Find(string tenantId, string runId) =>
        _parents.TryGetValue(Key(tenantId, runId), out var parent) ? parent : null;

    private static string Key(string tenantId, string runId) => tenantId + "/" + runId;
}
