using System.Globalization;
using JobForge.Domain.Triggers;

namespace JobForge.Storage.Triggers;

/// <summary>In-memory <see cref="ITriggerCounters"/> and <see cref="ITriggerCheckpoints"/>; same contract as <see cref="TableTriggerState"/>.</summary>
public sealed class InMemoryTriggerState : ITriggerCounters, ITriggerCheckpoints
{
    private readonly object _gate = new();
    private readonly Dictionary<(string, string), TriggerCounterState> _counters = [];
    private readonly Dictionary<(string, string), TriggerCheckpoint> _checkpoints = [];
    private readonly HashSet<(string, string, string)> _marks = [];
    private long _version;

    /// <inheritdoc />
    public Task<TriggerCounterState> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_counters.GetValueOrDefault((tenantId, triggerId), TriggerCounterState.Empty));
        }
    }

    /// <inheritdoc />
    public Task<TriggerCounterState?> TryRecordFireAsync(string tenantId, string triggerId, TriggerCounterState read, DateTimeOffset at, string fireIdentity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            var current = _counters.GetValueOrDefault((tenantId, triggerId));
            if (current?.Version != read.Version)
            {
                return Task.FromResult<TriggerCounterState?>(null);
            }

            var next = read.After(at, fireIdentity) with { Version = NextVersion() };
            _counters[(tenantId, triggerId)] = next;
            return Task.FromResult<TriggerCounterState?>(next);
        }
    }

    /// <inheritdoc />
    public Task<bool> WasHandledAsync(string tenantId, string triggerId, string fireIdentity, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_marks.Contains((tenantId, triggerId, fireIdentity)));
        }
    }

    /// <inheritdoc />
    public Task MarkHandledAsync(string tenantId, string triggerId, string fireIdentity, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _marks.Add((tenantId, triggerId, fireIdentity));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _counters.Remove((tenantId, triggerId));
            _checkpoints.Remove((tenantId, triggerId));
            _marks.RemoveWhere(m => m.Item1 == tenantId && m.Item2 == triggerId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    Task<TriggerCheckpoint?> ITriggerCheckpoints.GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_checkpoints.GetValueOrDefault((tenantId, triggerId)));
        }
    }

    /// <inheritdoc />
    public Task<TriggerCheckpoint?> TryAdvanceAsync(string tenantId, string triggerId, TriggerCheckpoint? read, DateTimeOffset handledThrough, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var current = _checkpoints.GetValueOrDefault((tenantId, triggerId));
            if (current?.Version != read?.Version)
            {
                return Task.FromResult<TriggerCheckpoint?>(null);
            }

            var next = new TriggerCheckpoint(handledThrough, NextVersion());
            _checkpoints[(tenantId, triggerId)] = next;
            return Task.FromResult<TriggerCheckpoint?>(next);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredCheckpoint> ScanAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<StoredCheckpoint> all;
        lock (_gate)
        {
            all = _checkpoints.Select(p => new StoredCheckpoint(p.Key.Item1, p.Key.Item2, p.Value)).ToList();
        }

        foreach (var item in all)
        {
            await Task.Yield();
            yield return item;
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _checkpoints.Remove((tenantId, triggerId));
        }

        return Task.CompletedTask;
    }

    private string NextVersion() => "v" + (++_version).ToString(CultureInfo.InvariantCulture);
}
