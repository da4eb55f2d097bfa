using System.Runtime.CompilerServices;
using System.Threading.Channels;
using JobForge.Domain.Events;

namespace JobForge.Server.Tests.Publishing;

/// <summary>An in-memory <see cref="IEventOutbox"/> for dispatcher tests, with switches for failing completions and polls.</summary>
internal sealed class InMemoryOutbox : IEventOutbox
{
    private readonly object _gate = new();
    private readonly Dictionary<string, OutboxEntry> _pending = new(StringComparer.Ordinal);
    private readonly Channel<OutboxEntry> _appended = Channel.CreateUnbounded<OutboxEntry>();
    private int _sequence;

    public int ReadPendingCalls { get; private set; }

    public int FailCompletions { get; set; }

    public int FailPolls { get; set; }

    public IReadOnlyList<OutboxEntry> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending.Values.OrderBy(e => e.ReceivedAt)];
            }
        }
    }

    public static OutboxMessage Message(string eventId, string tenant = "tenant-a") =>
        new(eventId, tenant, "run.started", "billing", "4bf92f3577b34da6a3ce929d0e0e4736", $$"""{"event_id":"{{eventId}}"}""");

    /// <summary>Adds a pending entry, also announcing it on the fast path unless <paramref name="announce"/> is false.</summary>
    public OutboxEntry Append(string eventId, DateTimeOffset receivedAt, bool announce = true) => Append(Message(eventId), receivedAt, announce);

    /// <summary>Adds a pending entry for <paramref name="message"/>, also announcing it on the fast path unless <paramref name="announce"/> is false.</summary>
    public OutboxEntry Append(OutboxMessage message, DateTimeOffset receivedAt, bool announce = true)
    {
        OutboxEntry entry;
        lock (_gate)
        {
            entry = new OutboxEntry($"entry-{++_sequence:D4}", message, receivedAt);
            _pending[entry.EntryId] = entry;
        }

        if (announce)
        {
            _appended.Writer.TryWrite(entry);
        }

        return entry;
    }

    public Task<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, DateTimeOffset acceptedBefore, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ReadPendingCalls++;
            if (FailPolls > 0)
            {
                FailPolls--;
                throw new InvalidOperationException("Storage is unreachable (scripted).");
            }

            IReadOnlyList<OutboxEntry> page = [.. _pending.Values.Where(e => e.ReceivedAt <= acceptedBefore).OrderBy(e => e.ReceivedAt).Take(max)];
            return Task.FromResult(page);
        }
    }

    public Task CompleteAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (FailCompletions > 0)
            {
                FailCompletions--;
                throw new InvalidOperationException("Storage is unreachable (scripted).");
            }

            foreach (var entry in entries)
            {
                _pending.Remove(entry.EntryId);
            }
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<OutboxEntry> ReadAppendedAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in _appended.Reader.ReadAllAsync(cancellationToken))
        {
            yield return entry;
        }
    }
}
