using JobForge.Application.Publishing;
using JobForge.Storage.Publishing;
using JobForge.TestKit.ServiceBus;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Server.Tests.Publishing;

/// <summary>
/// The outbox dispatcher with the real Service Bus publisher (official SDK) against the in-process AMQP broker: what the
/// broker recorded shows no loss, back-off while it is down or refusing, and a re-publish with the same message id.
/// </summary>
public sealed class OutboxDispatcherServiceBusTests : IAsyncLifetime
{
    private readonly AmqpTestBroker _broker = AmqpTestBroker.StartNew();
    private readonly FakeTimeProvider _time = new(TestClock.Start);
    private readonly InMemoryOutbox _outbox = new();
    private readonly PublishingOptions _options = new() { Mode = PublishingMode.ServiceBus };
    private Azure.Messaging.ServiceBus.ServiceBusClient? _client;
    private OutboxDispatcher? _dispatcher;

    private OutboxDispatcher Dispatcher => _dispatcher!;

    public Task InitializeAsync()
    {
        _client = BrokerClients.Client(_broker);
        var publisher = new ServiceBusEventPublisher(_client.CreateSender(_options.ServiceBus.TopicName));
        _dispatcher = new OutboxDispatcher(_outbox, publisher, Microsoft.Extensions.Options.Options.Create(_options), _time, NullLogger<OutboxDispatcher>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _client!.DisposeAsync();
        _broker.Dispose();
    }

    [Fact]
    public async Task TickAsync_PendingEntries_ArePublishedOnceEachWithTheirEventIdsAndCompleted()
    {
        AppendMissed("evt-1", "evt-2", "evt-3");

        var result = await Dispatcher.TickAsync(_time.GetUtcNow());

        Assert.Equal(3, result.Completed);
        Assert.Equal(["evt-1", "evt-2", "evt-3"], _broker.Received.Select(m => m.MessageId));
        Assert.All(_broker.Received, m => Assert.Equal("jobforge-events", m.EntityPath));
        Assert.Empty(_outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_BrokerDown_BacksOffKeepsEveryEntryAndPublishesEachOnceWhenItIsBack()
    {
        AppendMissed("evt-1", "evt-2");
        _broker.Stop();

        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var failed = await Dispatcher.TickAsync(_time.GetUtcNow());
            var retryAt = Assert.IsType<DateTimeOffset>(failed.RetryAt);
            delays.Add(retryAt - _time.GetUtcNow());
            Assert.Equal(2, _outbox.Pending.Count);
            _time.SetUtcNow(retryAt);
        }

        _broker.Start();
        var recovered = await Dispatcher.TickAsync(_time.GetUtcNow());

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
        Assert.Equal(2, recovered.Completed);
        Assert.Equal(["evt-1", "evt-2"], _broker.Received.Select(m => m.MessageId));
        Assert.Empty(_outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_BrokerRefusesTheBatch_BacksOffAndPublishesItOnTheRetry()
    {
        AppendMissed("evt-1", "evt-2");
        _broker.RefuseMessages(1);

        var refused = await Dispatcher.TickAsync(_time.GetUtcNow());
        Assert.NotNull(refused.RetryAt);
        Assert.Empty(_broker.Received);
        Assert.Equal(2, _outbox.Pending.Count);
        Assert.Equal(refused.RetryAt, (await Dispatcher.TickAsync(refused.RetryAt.Value - TimeSpan.FromMilliseconds(1))).RetryAt); // Nothing before then.

        _time.SetUtcNow(refused.RetryAt.Value);
        var retried = await Dispatcher.TickAsync(_time.GetUtcNow());

        Assert.Equal(2, retried.Completed);
        Assert.Equal(1, _broker.Refused);
        Assert.Equal(["evt-1", "evt-2"], _broker.Received.Select(m => m.MessageId));
        Assert.Empty(_outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_PublishedButTheCompletionWasLost_RepublishesWithTheSameMessageId()
    {
        AppendMissed("evt-1");
        _outbox.FailCompletions = 1;

        var lost = await Dispatcher.TickAsync(_time.GetUtcNow());
        Assert.Equal((1, 0), (lost.Published, lost.Completed));
        Assert.Single(_outbox.Pending);

        _time.SetUtcNow(lost.RetryAt!.Value);
        var again = await Dispatcher.TickAsync(_time.GetUtcNow());

        Assert.Equal(1, again.Completed);
        Assert.Equal(["evt-1", "evt-1"], _broker.Received.Select(m => m.MessageId)); // Service Bus duplicate detection drops the repeat.
        Assert.Equal(_broker.Received[0].Body, _broker.Received[1].Body);
        Assert.Empty(_outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_OneEventTooLargeForTheEntity_PublishesTheRestAndLeavesItPending()
    {
        AppendMissed("evt-1");
        var huge = InMemoryOutbox.Message("evt-huge") with { BodyJson = "{\"x\":\"" + new string('a', 300 * 1024) + "\"}" };
        _outbox.Append(huge, _time.GetUtcNow() - TimeSpan.FromSeconds(10), announce: false);
        AppendMissed("evt-3");

        var result = await Dispatcher.TickAsync(_time.GetUtcNow());

        Assert.Equal(2, result.Completed);
        Assert.Equal(["evt-1", "evt-3"], _broker.Received.Select(m => m.MessageId));
        Assert.Equal("evt-huge", Assert.Single(_outbox.Pending).Message.EventId);
    }

    private void AppendMissed(params string[] eventIds)
    {
        foreach (var id in eventIds)
        {
            _outbox.Append(id, _time.GetUtcNow() - TimeSpan.FromSeconds(10), announce: false);
        }
    }
}
