using System.Globalization;
using JobForge.Domain.Triggers;

namespace JobForge.Storage.Triggers;

/// <summary>An in-memory <see cref="ITriggerStore"/> and <see cref="ITriggerIndexSource"/> for tests and benchmarks; same contract as <see cref="TableTriggerStore"/>.</summary>
public sealed class InMemoryTriggerStore : ITriggerStore, ITriggerIndexSource
{
    private readonly object _gate = new();
    private readonly SortedDictionary<(string Tenant, string Id), StoredTrigger> _triggers = new();
    private readonly List<TriggerChange> _changes = [];
    private readonly TimeProvider _time;
    private long _version;

    /// <summary>A store stamping changes with <paramref name="time"/>.</summary>
    public InMemoryTriggerStore(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <inheritdoc />
    public Task<TriggerWriteResult> CreateAsync(string tenantId, Trigger trigger, CancellationToken cancellationToken = default)
    {
        Check(tenantId, trigger);
        lock (_gate)
        {
            if (_triggers.ContainsKey((tenantId, trigger.Id)))
            {
                return Task.FromResult(new TriggerWriteResult(TriggerWriteOutcome.AlreadyExists, null));
            }

            return Task.FromResult(Write(trigger));
        }
    }

    /// <inheritdoc />
    public Task<StoredTrigger?> GetAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_triggers.GetValueOrDefault((tenantId, triggerId)));
        }
    }

    /// <inheritdoc />
    public Task<TriggerWriteResult> UpdateAsync(string tenantId, Trigger trigger, string? ifVersion, CancellationToken cancellationToken = default)
    {
        Check(tenantId, trigger);
        lock (_gate)
        {
            if (!_triggers.TryGetValue((tenantId, trigger.Id), out var stored))
            {
                return Task.FromResult(new TriggerWriteResult(TriggerWriteOutcome.NotFound, null));
            }

            return Task.FromResult(ifVersion is not null && ifVersion != stored.Version
                ? new TriggerWriteResult(TriggerWriteOutcome.VersionMismatch, null)
                : Write(trigger));
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string tenantId, string triggerId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Changed(tenantId, triggerId);
            return Task.FromResult(_triggers.Remove((tenantId, triggerId)));
        }
    }

    /// <inheritdoc />
    public Task<TriggerPage> ListAsync(string tenantId, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Page(_triggers.Where(p => p.Key.Tenant == tenantId).Select(p => p.Value), cursor, pageSize));
        }
    }

    /// <inheritdoc />
    public Task<TriggerPage> ScanAsync(TriggerType type, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Page(_triggers.Values.Where(s => s.Trigger.TriggerType == type), cursor, pageSize));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TriggerChange>> ReadChangesAsync(DateTimeOffset since, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TriggerChange>>(_changes.Where(c => c.At >= since).Take(max).ToList());
        }
    }

    private TriggerWriteResult Write(Trigger trigger)
    {
        Changed(trigger.TenantId, trigger.Id);
        var stored = new StoredTrigger(trigger, "v" + (++_version).ToString(CultureInfo.InvariantCulture));
        _triggers[(trigger.TenantId, trigger.Id)] = stored;
        return new TriggerWriteResult(TriggerWriteOutcome.Written, stored);
    }

    private void Changed(string tenantId, string triggerId)
    {
        var position = (++_version).ToString("D19", CultureInfo.InvariantCulture);
        _changes.Add(new TriggerChange(tenantId, triggerId, _time.GetUtcNow(), position));
    }

    private static TriggerPage Page(IEnumerable<StoredTrigger> items, string? cursor, int pageSize)
    {
        var skip = 0;
        if (cursor is not null && (!cursor.StartsWith("m:", StringComparison.Ordinal) || !int.TryParse(cursor[2..], CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            throw new ArgumentException("The cursor was not issued by this store.", nameof(cursor));
        }

        var size = Math.Clamp(pageSize, 1, 1000);
        var page = items.Skip(skip).Take(size + 1).ToList();
        return page.Count > size
            ? new TriggerPage(page.Take(size).ToList(), "m:" + (skip + size).ToString(CultureInfo.InvariantCulture))
            : new TriggerPage(page, null);
    }

    private static void Check(string tenantId, Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (!string.Equals(tenantId, trigger.TenantId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The trigger must belong to the tenant.", nameof(tenantId));
        }
    }
}
