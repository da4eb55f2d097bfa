using JobForge.Domain.Admission;
using JobForge.Domain.Events;

namespace JobForge.Server.Tests.Admission;

/// <summary>
/// The real event store, reporting a write backlog the test sets (<see cref="Backlog"/>) instead of its own queue, so a
/// test drives event admission exactly; every append and read goes to the real store.
/// </summary>
internal sealed class ScriptedBacklogEventStore(IEventStore inner) : IEventStore, IWriteBacklog
{
    public WriteBacklog Backlog { get; set; }

    public (WriteBacklog Tenant, WriteBacklog Total) MeasureWriteBacklog(string tenantId) => (Backlog, Backlog);

    public Task<EventAppendResult> AppendAsync(EventAppend append, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(append, cancellationToken);

    public Task<EventPage> ListAsync(string tenantId, EventListQuery query, CancellationToken cancellationToken = default) =>
        inner.ListAsync(tenantId, query, cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, int maxEvents, CancellationToken cancellationToken = default) =>
        inner.DeleteExpiredAsync(now, maxEvents, cancellationToken);
}
