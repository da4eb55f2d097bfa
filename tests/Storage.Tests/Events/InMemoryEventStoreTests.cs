using JobForge.Domain.Events;
using JobForge.Storage.Events;

namespace JobForge.Storage.Tests.Events;

/// <summary>The event store contract against <see cref="InMemoryEventStore"/>.</summary>
public sealed class InMemoryEventStoreTests : EventStoreConformanceTests
{
    /// <inheritdoc />
    protected override Task<(IEventStore Store, IEventOutbox Outbox)> CreateAsync()
    {
        var store = new InMemoryEventStore();
        return Task.FromResult<(IEventStore, IEventOutbox)>((store, store));
    }
}
