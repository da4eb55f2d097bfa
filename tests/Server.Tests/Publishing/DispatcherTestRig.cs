using JobForge.Application.Publishing;
using JobForge.Storage.Publishing;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Publishing;

/// <summary>A dispatcher over an in-memory outbox and a recording publisher, on a manual clock.</summary>
internal sealed class DispatcherTestRig
{
    public DispatcherTestRig(int batchSize = 100)
    {
        Options = new PublishingOptions { Mode = PublishingMode.StorageQueue, BatchSize = batchSize };
        Dispatcher = new OutboxDispatcher(Outbox, Publisher, Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<OutboxDispatcher>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(TestClock.Start);

    public InMemoryOutbox Outbox { get; } = new();

    public RecordingPublisher Publisher { get; } = new();

    public PublishingOptions Options { get; }

    public OutboxDispatcher Dispatcher { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Appends entries accepted long enough ago for the poll to see them, without a fast-path announcement.</summary>
    public void AppendMissed(params string[] eventIds)
    {
        foreach (var id in eventIds)
        {
            Outbox.Append(id, Now - TimeSpan.FromSeconds(10), announce: false);
        }
    }

    public Task<OutboxTickResult> TickAsync() => Dispatcher.TickAsync(Now);

    public string[] AcceptedIds => [.. Publisher.Accepted.Select(m => m.EventId)];
}
