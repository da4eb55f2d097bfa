using System.Threading.Channels;
using JobForge.Domain.Events;

namespace JobForge.Storage.Events;

/// <summary>
/// An in-process <see cref="IEventStore"/> and <see cref="IEventOutbox"/> with the table store's semantics (the same row
/// keys, so the same order; the same cursor rules; dedupe by tenant, event type and client id for as long as the
/// original is retained), for fast tests. Nothing survives the process. Thread-safe.
/// </summary>
public sealed partial class InMemoryEventStore : IEventStore, IEventOutbox
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, SortedDictionary<string, StoredEvent>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, string DedupeKey), EventReceipt> _dedupe = [];
    private readonly SortedDictionary<string, OutboxEntry> _outbox = new(StringComparer.Ordinal);
    private readonly Channel<OutboxEntry> _appended;

    /// <summary>A store whose fast path buffers up to <paramref name="appendedBufferCapacity"/> entries.</summary>
    public InMemoryEventStore(int appendedBufferCapacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(appendedBufferCapacity, 1);
        _appended = Channel.CreateBounded<OutboxEntry>(new BoundedChannelOptions(appendedBufferCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
        });
    }

    /// <summary>How many events are stored, across tenants.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _events.Values.Sum(rows => rows.Count);
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A key of the append is not storage-safe.</exception>
    public Task<EventAppendResult> AppendAsync(EventAppend append, CancellationToken cancellationToken = default)
    {
        EventAppendGuard.Validate(append);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = append.Event;
        var receipt = new EventReceipt(stored.EventId, stored.TraceId, stored.ReceivedAt, Duplicate: false);
        OutboxEntry entry;
        lock (_gate)
        {
            var dedupeKey = (stored.TenantId, EventRowKeys.Dedupe(stored.EventType, stored.EventId));
            if (stored.IsClientSuppliedEventId)
            {
                if (_dedupe.TryGetValue(dedupeKey, out var original))
                {
                    return Task.FromResult(new EventAppendResult(original with { Duplicate = true }));
                }

                _dedupe[dedupeKey] = receipt;
            }

            if (!_events.TryGetValue(stored.TenantId, out var rows))
            {
                _events[stored.TenantId] = rows = new SortedDictionary<string, StoredEvent>(StringComparer.Ordinal);
            }

            rows[EventRowKeys.Event(stored.ReceivedAt, stored.EventId)] = stored;
            var entryId = OutboxEntryId.Format(stored.TenantId, EventRowKeys.Outbox(stored.ReceivedAt, stored.EventId), null);
            entry = new OutboxEntry(entryId, append.Message, stored.ReceivedAt);
            _outbox[entryId] = entry;
        }

        _appended.Writer.TryWrite(entry);
        return Task.FromResult(new EventAppendResult(receipt));
    }

    /// <inheritdoc />
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, int maxEvents, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEvents);
        var deleted = 0;
        lock (_gate)
        {
            foreach (var (tenantId, rows) in _events)
            {
                foreach (var (rowKey, stored) in rows.Where(r => r.Value.ExpiresAt < now).Take(maxEvents - deleted).ToList())
                {
                    rows.Remove(rowKey);
                    if (stored.IsClientSuppliedEventId)
                    {
                        _dedupe.Remove((tenantId, EventRowKeys.Dedupe(stored.EventType, stored.EventId)));
                    }

                    deleted++;
                }
            }
        }

        return Task.FromResult(deleted);
    }
}
