using JobForge.TestKit;

namespace JobForge.Server.Tests.Publishing;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task TickAsync_AfterFastPathAnnouncesEntries_PublishesAndCompletesThemWithoutWaitingForThePoll()
    {
        var rig = new DispatcherTestRig();
        using var stop = new CancellationTokenSource();
        var pump = rig.Dispatcher.PumpAppendedAsync(stop.Token);
        await rig.TickAsync(); // The first poll, before anything is appended.

        foreach (var id in new[] { "evt-1", "evt-2", "evt-3" })
        {
            rig.Outbox.Append(id, rig.Now);
        }

        var published = 0;
        await Eventually.TrueAsync(async () => (published += (await rig.TickAsync()).Published) == 3, TimeSpan.FromSeconds(5), "three fast-path entries published");

        Assert.Equal(["evt-1", "evt-2", "evt-3"], rig.AcceptedIds);
        Assert.Empty(rig.Outbox.Pending);
        Assert.Equal(1, rig.Outbox.ReadPendingCalls); // The clock never moved: no second poll was needed.
        await stop.CancelAsync();
        await pump;
    }

    [Fact]
    public async Task TickAsync_EntriesMissedByTheFastPath_AreFoundByThePollOncePastThePendingLag()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-old");
        rig.Outbox.Append("evt-fresh", rig.Now, announce: false); // Accepted just now: within the lag.

        var first = await rig.TickAsync();
        Assert.True(first.Polled);
        Assert.Equal(["evt-old"], rig.AcceptedIds);

        rig.Time.Advance(rig.Options.PendingLag);
        var second = await rig.TickAsync();

        Assert.Equal(1, second.Completed);
        Assert.Equal(["evt-old", "evt-fresh"], rig.AcceptedIds);
        Assert.Empty(rig.Outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_CalledRepeatedlyWithinOnePollInterval_PollsStorageOnlyOnce()
    {
        var rig = new DispatcherTestRig();

        for (var i = 0; i < 5; i++)
        {
            await rig.TickAsync();
            rig.Time.Advance(TimeSpan.FromMilliseconds(150));
        }

        Assert.Equal(1, rig.Outbox.ReadPendingCalls);
        rig.Time.Advance(TimeSpan.FromMilliseconds(400));
        await rig.TickAsync();
        Assert.Equal(2, rig.Outbox.ReadPendingCalls);
    }

    [Fact]
    public async Task TickAsync_BrokerDownForThreeAttempts_BacksOffExponentiallyKeepsEntriesAndPublishesEachOnceOnRecovery()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-1", "evt-2");
        rig.Publisher.FailNext(3);
        var start = rig.Now;

        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var failed = await rig.TickAsync();
            var retryAt = Assert.IsType<DateTimeOffset>(failed.RetryAt);
            delays.Add(retryAt - rig.Now);
            Assert.Equal(2, rig.Outbox.Pending.Count);
            Assert.Equal(retryAt, (await rig.Dispatcher.TickAsync(retryAt - TimeSpan.FromMilliseconds(1))).RetryAt); // Nothing before then.
            rig.Time.SetUtcNow(retryAt);
        }

        var recovered = await rig.TickAsync();

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
        Assert.Equal(start + TimeSpan.FromSeconds(7), rig.Now);
        Assert.Equal(2, recovered.Completed);
        Assert.Null(recovered.RetryAt);
        Assert.Equal(["evt-1", "evt-2"], rig.AcceptedIds);
        Assert.Empty(rig.Outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_BrokerDownForLong_CapsTheBackoffAtMaxRetryBackoff()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-1");
        rig.Publisher.FailNext(8);

        TimeSpan last = default;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var retryAt = (await rig.TickAsync()).RetryAt!.Value;
            last = retryAt - rig.Now;
            rig.Time.SetUtcNow(retryAt);
        }

        Assert.Equal(rig.Options.MaxRetryBackoff, last);
        Assert.Equal(1, (await rig.TickAsync()).Completed);
        Assert.Equal(["evt-1"], rig.AcceptedIds);
    }

    [Fact]
    public async Task TickAsync_PublishSucceededButCompleteFailed_RepublishesLaterWithTheSameMessageId()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-1");
        rig.Outbox.FailCompletions = 1;

        var failed = await rig.TickAsync();
        Assert.Equal(1, failed.Published);
        Assert.Equal(0, failed.Completed);
        Assert.Single(rig.Outbox.Pending);

        rig.Time.SetUtcNow(failed.RetryAt!.Value);
        var again = await rig.TickAsync();

        Assert.Equal(1, again.Completed);
        Assert.Equal(["evt-1", "evt-1"], rig.AcceptedIds); // At least once on the wire; the broker drops the repeat by message id.
        Assert.Empty(rig.Outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_PollFails_BacksOffAndPublishesOnceStorageAnswers()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-1");
        rig.Outbox.FailPolls = 1;

        var failed = await rig.TickAsync();
        Assert.Equal(TimeSpan.FromSeconds(1), failed.RetryAt - rig.Now);
        rig.Time.SetUtcNow(failed.RetryAt!.Value);

        Assert.Equal(1, (await rig.TickAsync()).Completed);
        Assert.Equal(["evt-1"], rig.AcceptedIds);
    }

    [Fact]
    public async Task TickAsync_ConcurrentTicks_NeverPublishTheSameEntryTwiceAtOnce()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-1", "evt-2");
        rig.Publisher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = rig.TickAsync();
        await Eventually.TrueAsync(() => Task.FromResult(rig.Dispatcher.InFlightCount == 2), TimeSpan.FromSeconds(5), "first batch in flight");
        rig.Time.Advance(rig.Options.PollInterval);
        var second = await rig.TickAsync(); // Polls the same two pending entries while they are in flight.
        rig.Publisher.Gate.SetResult();

        Assert.Equal(0, second.Published);
        Assert.True(second.Polled);
        Assert.Equal(2, (await first).Completed);
        Assert.Equal(["evt-1", "evt-2"], rig.AcceptedIds);
        Assert.Equal(0, rig.Dispatcher.InFlightCount);
    }

    [Fact]
    public async Task TickAsync_OneUnsendableMessage_PublishesTheRestAndLeavesItPendingWithoutRetrying()
    {
        var rig = new DispatcherTestRig();
        rig.AppendMissed("evt-1", "evt-huge", "evt-3");
        rig.Publisher.Unsendable.Add("evt-huge");

        var result = await rig.TickAsync();

        Assert.Equal(2, result.Completed);
        Assert.Equal(1, result.Rejected);
        Assert.Null(result.RetryAt);
        Assert.Equal(["evt-1", "evt-3"], rig.AcceptedIds);
        Assert.Equal("evt-huge", Assert.Single(rig.Outbox.Pending).Message.EventId); // Never dropped.

        rig.Time.Advance(rig.Options.PollInterval);
        var calls = rig.Publisher.Calls;
        Assert.Equal(0, (await rig.TickAsync()).Published);
        Assert.Equal(calls, rig.Publisher.Calls);
    }

    [Fact]
    public async Task TickAsync_MorePendingThanABatch_PublishesBatchSizeAndPollsAgainAtOnce()
    {
        var rig = new DispatcherTestRig(batchSize: 2);
        rig.AppendMissed("evt-1", "evt-2", "evt-3");

        Assert.Equal(2, (await rig.TickAsync()).Completed);
        var next = await rig.TickAsync(); // Same instant: a full page asks for an immediate catch-up poll.

        Assert.True(next.Polled);
        Assert.Equal(["evt-1", "evt-2", "evt-3"], rig.AcceptedIds);
    }

    [Fact]
    public async Task ExecuteAsync_Running_PublishesAnAppendedEntryWithoutTheClockMoving()
    {
        var rig = new DispatcherTestRig();
        await rig.Dispatcher.StartAsync(CancellationToken.None);
        try
        {
            rig.Outbox.Append("evt-live", rig.Now);
            await Eventually.TrueAsync(() => Task.FromResult(rig.Outbox.Pending.Count == 0), TimeSpan.FromSeconds(5), "the live entry completed");
            Assert.Equal(["evt-live"], rig.AcceptedIds);
        }
        finally
        {
            await rig.Dispatcher.StopAsync(CancellationToken.None);
        }
    }
}
