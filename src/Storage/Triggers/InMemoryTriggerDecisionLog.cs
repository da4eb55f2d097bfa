using System.Globalization;
using JobForge.Domain.Triggers;

namespace JobForge.Storage.Triggers;

/// <summary>An in-memory <see cref="ITriggerDecisionLog"/>; same contract as <see cref="TableTriggerDecisionLog"/>.</summary>
public sealed class InMemoryTriggerDecisionLog : ITriggerDecisionLog
{
    private readonly object _gate = new();
    private readonly Dictionary<(string, string), List<TriggerDecisionRecord>> _records = [];

    /// <inheritdoc />
    public Task AppendAsync(string tenantId, TriggerDecisionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!string.Equals(tenantId, record.TenantId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The record must belong to the tenant.", nameof(tenantId));
        }

        lock (_gate)
        {
            var list = _records.TryGetValue((tenantId, record.TriggerId), out var existing) ? existing : _records[(tenantId, record.TriggerId)] = [];
            var index = list.FindIndex(r => r.EvaluatedAt < record.EvaluatedAt);
            list.Insert(index < 0 ? list.Count : index, record);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<TriggerDecisionPage> ListAsync(string tenantId, string triggerId, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        var skip = 0;
        if (cursor is not null && (!cursor.StartsWith("m:", StringComparison.Ordinal) || !int.TryParse(cursor[2..], CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            throw new ArgumentException("The cursor was not issued by this log.", nameof(cursor));
        }

        lock (_gate)
        {
            var all = _records.GetValueOrDefault((tenantId, triggerId)) ?? [];
            var size = Math.Clamp(pageSize, 1, 1000);
            var items = all.Skip(skip).Take(size).ToList();
            var next = skip + size < all.Count ? "m:" + (skip + size).ToString(CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new TriggerDecisionPage(items, next));
        }
    }
}
