namespace JobForge.Domain.Events;

/// <summary>The transactional outbox that <see cref="IEventStore.AppendAsync"/> fills and the dispatcher drains.</summary>
public interface IEventOutbox
{
    /// <summary>
    /// Up to <paramref name="max"/> pending entries accepted at or before <paramref name="acceptedBefore"/>, oldest first,
    /// across all tenants. The dispatcher reads with a small lag so it does not race the fast path.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ReadPendingAsync(int max, DateTimeOffset acceptedBefore, CancellationToken cancellationToken = default);

    /// <summary>Marks <paramref name="entries"/> as published; completing an already completed entry is a no-op.</summary>
    Task CompleteAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Entries appended by this process, as soon as they are durable: the dispatcher's fast path, so publishing does not
    /// wait for a poll. Entries may also appear in <see cref="ReadPendingAsync"/> until completed.
    /// </summary>
    IAsyncEnumerable<OutboxEntry> ReadAppendedAsync(CancellationToken cancellationToken);
}
