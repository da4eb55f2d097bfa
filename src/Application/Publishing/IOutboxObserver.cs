using JobForge.Domain.Events;

namespace JobForge.Application.Publishing;

/// <summary>
/// Sees every outbox entry the dispatcher published, before it is completed (so a crash re-delivers it: observers must
/// be idempotent). Called off the request path; an observer's failure is logged and never blocks publishing.
/// </summary>
public interface IOutboxObserver
{
    /// <summary>Handles entries just published.</summary>
    Task OnPublishedAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);
}
