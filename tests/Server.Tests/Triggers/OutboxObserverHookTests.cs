using JobForge.Domain.Events;
using JobForge.Application.Publishing;
using JobForge.Server.Tests.Publishing;
using JobForge.Storage.Publishing;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Server.Tests.Triggers;

/// <summary>The dispatcher's observer hook: published entries are shown to observers before completion; an observer's failure never blocks publishing.</summary>
public sealed class OutboxObserverHookTests
{
    private sealed class RecordingObserver(bool fail) : IOutboxObserver
    {
        public List<(string EventId, bool PendingWhenSeen)> Seen { get; } = [];

        public InMemoryOutbox? Outbox { get; set; }

        public Task OnPublishedAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
        {
            foreach (var entry in entries)
            {
                Seen.Add((entry.Message.EventId, Outbox!.Pending.Any(p => p.EntryId == entry.EntryId)));
            }

            return fail ? throw new InvalidOperationException("observer down") : Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tick_PublishedEntries_AreObservedBeforeCompletion_AndAFailingObserverBlocksNothing(bool fail)
    {
        var time = new FakeTimeProvider(TestClock.Start);
        var outbox = new InMemoryOutbox();
        var publisher = new RecordingPublisher();
        var observer = new RecordingObserver(fail) { Outbox = outbox };
        var dispatcher = new OutboxDispatcher(outbox, publisher,
            Microsoft.Extensions.Options.Options.Create(new PublishingOptions { Mode = PublishingMode.StorageQueue }),
            time, NullLogger<OutboxDispatcher>.Instance, [observer]);
        outbox.Append("e1", time.GetUtcNow() - TimeSpan.FromSeconds(10), announce: false);
        outbox.Append("e2", time.GetUtcNow() - TimeSpan.FromSeconds(10), announce: false);

        var result = await dispatcher.TickAsync(time.GetUtcNow());

        Assert.Equal(2, result.Published);
        Assert.Equal(["e1", "e2"], observer.Seen.Select(s => s.EventId).Order());
        Assert.All(observer.Seen, s => Assert.True(s.PendingWhenSeen));
        Assert.Empty(outbox.Pending);
    }
}
