using JobForge.Domain.Events;

namespace JobForge.Application.Publishing;

/// <summary>
/// The publisher when <c>JobForge:Publishing:Mode</c> is <c>None</c> but something observes the outbox (event triggers):
/// it sends nothing anywhere, so the dispatcher shows each entry to its <see cref="IOutboxObserver"/>s and completes it.
/// </summary>
public sealed class ObserveOnlyEventPublisher : IEventPublisher
{
    /// <inheritdoc />
    public Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
