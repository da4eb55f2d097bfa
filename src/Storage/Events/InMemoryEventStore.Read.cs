using JobForge.Domain.Events;

namespace JobForge.Storage.Events;

/// <content>Listing and the outbox of the in-memory store.</content>
public sealed partial class InMemoryEventStore
{
    /// <inheritdoc />
    /// <exception cref="InvalidCursorException">The cursor was not issued for this tenant and these filters.</exception>
    public Task<EventPage> ListAsync(string tenantId, EventListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, EventListQuery.MaxLimit, nameof(query));
        var after = query.Cursor is null ? null : EventCursor.Decode(tenantId, query, query.Cursor);
        var lower = EventRowKeys.EventLowerBound(query.ReceivedUntil);
        var upper = EventRowKeys.EventUpperBound(query.ReceivedSince);
        List<KeyValuePair<string, StoredEvent>> matches;
        lock (_gate)
        {
            matches = _events.TryGetValue(tenantId, out var rows)
                ? rows.Where(r => string.CompareOrdinal(r.Key, lower) >= 0 && string.CompareOrdinal(r.Key, upper) < 0)
                    .Where(r => after is null || string.CompareOrdinal(r.Key, after) > 0)
                    .Where(r => Matches(r.Value, query))
                    .Take(query.Limit + 1)
                    .ToList()
                : [];
        }

        var page = matches.Take(query.Limit).ToList();
        var cursor = matches.Count > query.Limit ? EventCursor.Encode(tenantId, query, page[^1].Key) : null;
        return Task.FromResult(new EventPage(page.Select(r => r.Value).ToList(), cursor));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, DateTimeOffset acceptedBefore, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        lock (_gate)
        {
            IReadOnlyList<OutboxEntry> pending = _outbox.Values
                .Where(e => e.ReceivedAt <= acceptedBefore)
                .OrderBy(e => e.ReceivedAt)
                .ThenBy(e => e.EntryId, StringComparer.Ordinal)
                .Take(max)
                .ToList();
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task CompleteAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                _outbox.Remove(entry.EntryId);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<OutboxEntry> ReadAppendedAsync(CancellationToken cancellationToken) =>
        _appended.Reader.ReadAllAsync(cancellationToken);

    private static bool Matches(StoredEvent stored, EventListQuery query) =>
        (query.EventType is null || stored.EventType == query.EventType)
        && (query.SourceApp is not { } app || stored.SourceApp == EventWireNames.ToWireName(app))
        && (query.SourceModule is not { } module || stored.SourceModule == EventWireNames.ToWireName(module))
        && (query.ProjectId is null || stored.ProjectId == query.ProjectId)
        && (query.Since is not { } since || stored.OccurredAt >= since)
        && (query.Until is not { } until || stored.OccurredAt <= until);
}
