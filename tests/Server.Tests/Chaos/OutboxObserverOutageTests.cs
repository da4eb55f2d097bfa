using Azure;
using JobForge.Application.Publishing;
using JobForge.Domain.Events;
using JobForge.Server.Tests.Publishing;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Server.Tests.Chaos;

/// <summary>
/// An outbox observer (the event trigger evaluator) that cannot finish because storage is unavailable must not lose its
/// work: the entries stay pending and are observed again once storage is back. Found by <c>scripts/chaos --outage</c>:
/// events accepted just before an outage never fired their event trigger, because the dispatcher completed them anyway.
/// </summary>
public sealed class OutboxObserverOutageTests
{
    [Fact]
    public async Task TickAsync_ObserverFailsWithStorageUnavailable_KeepsEntriesPendingAndObservesThemAgain()
    {
        var rig = new DispatcherTestRig();
        var observer = new FlakyObserver(failures: 1, new RequestFailedException(0, "Connection refused"));
        var dispatcher = new OutboxDispatcher(rig.Outbox, rig.Publisher, Microsoft.Extensions.Options.Options.Create(rig.Options), rig.Time,
            NullLogger<OutboxDispatcher>.Instance, [observer]);
        rig.AppendMissed("evt-1", "evt-2");

        var first = await dispatcher.TickAsync(rig.Now);

        Assert.Equal(0, first.Completed);
        Assert.Equal(2, rig.Outbox.Pending.Count);

        rig.Time.Advance(TimeSpan.FromMinutes(1)); // past the back-off and the poll interval
        var second = await dispatcher.TickAsync(rig.Now);

        Assert.Equal(2, second.Completed);
        Assert.Empty(rig.Outbox.Pending);
        Assert.Equal(["evt-1", "evt-2", "evt-1", "evt-2"], observer.Seen);
    }

    [Fact]
    public async Task TickAsync_ObserverFailsForAnotherReason_CompletesTheEntriesAnyway()
    {
        var rig = new DispatcherTestRig();
        var observer = new FlakyObserver(failures: 1, new InvalidOperationException("a bug in one observer"));
        var dispatcher = new OutboxDispatcher(rig.Outbox, rig.Publisher, Microsoft.Extensions.Options.Options.Create(rig.Options), rig.Time,
            NullLogger<OutboxDispatcher>.Instance, [observer]);
        rig.AppendMissed("evt-1");

        var result = await dispatcher.TickAsync(rig.Now);

        Assert.Equal(1, result.Completed);
        Assert.Empty(rig.Outbox.Pending);
    }

    private sealed class FlakyObserver(int failures, Exception failure) : IOutboxObserver
    {
        private int _failures = failures;

        public List<string> Seen { get; } = [];

        public Task OnPublishedAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
        {
            Seen.AddRange(entries.Select(e => e.Message.EventId));
            return _failures-- > 0 ? Task.FromException(failure) : Task.CompletedTask;
        }
    }
}
