using JobForge.Application.Publishing;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Publishing;

/// <summary>
/// The poll's idle back-off: with the fast path running, polls that find nothing double the interval up to
/// <c>IdlePollInterval</c>; anything happening brings it back to <c>PollInterval</c>; a crashed server's leftovers are
/// still published within <c>PendingLag + IdlePollInterval</c>. Time is driven; ticks come every quarter second, the
/// grid every interval falls on, so a tick lands on each instant the real loop would wake at.
/// </summary>
public sealed class OutboxDispatcherIdleTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task TickAsync_IdleWithTheFastPathRunning_DoublesThePollIntervalUpToIdlePollInterval()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);

        var polls = await PollTimesAsync(rig, TimeSpan.FromMinutes(2));

        var gaps = Gaps(polls);
        Assert.Equal([2.0, 4.0, 8.0, 15.0, 15.0, 15.0], gaps.Take(6).Select(g => g.TotalSeconds));
        Assert.All(gaps.Skip(3), gap => Assert.Equal(rig.Options.IdlePollInterval, gap));
    }

    [Fact]
    public async Task TickAsync_IdleForTenMinutes_PollsOncePerIdlePollInterval()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        await PollTimesAsync(rig, TimeSpan.FromMinutes(1));

        var polls = await PollTimesAsync(rig, TimeSpan.FromMinutes(10));

        Assert.InRange(polls.Count, 39, 41); // 600 s / 15 s: with 4 event tenants 5 requests per 15 s, 0.33 requests/s.
    }

    [Fact]
    public async Task TickAsync_IdleWithoutAFastPath_PollsEveryPollInterval()
    {
        var rig = new DispatcherTestRig(); // As on Functions: the timer ticks, nothing pumps the fast path.

        var polls = await PollTimesAsync(rig, TimeSpan.FromSeconds(30));

        Assert.Equal(30, polls.Count);
        Assert.All(Gaps(polls), gap => Assert.Equal(rig.Options.PollInterval, gap));
    }

    [Theory]
    [InlineData(250)]
    [InlineData(5_000)]
    [InlineData(12_750)]
    [InlineData(13_000)]
    [InlineData(13_250)]
    [InlineData(14_750)]
    public async Task TickAsync_BackedOff_ACrashedServersLeftoverIsPublishedWithinPendingLagPlusIdlePollInterval(int afterLastPollMs)
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        var lastPoll = await BackOffAsync(rig);
        rig.Time.SetUtcNow(lastPoll + TimeSpan.FromMilliseconds(afterLastPollMs));
        var acceptedAt = rig.Now;
        rig.Outbox.Append("evt-orphan", acceptedAt, announce: false); // Written by another server, which died before publishing it.

        var publishedAt = await TickUntilAsync(rig, () => rig.AcceptedIds.Length == 1, TimeSpan.FromMinutes(1));

        Assert.Equal(["evt-orphan"], rig.AcceptedIds);
        Assert.InRange(publishedAt - acceptedAt, rig.Options.PendingLag, rig.Options.PendingLag + rig.Options.IdlePollInterval);
        Assert.Empty(rig.Outbox.Pending);
    }

    [Fact]
    public async Task TickAsync_BackedOff_APollThatFindsALeftover_ReturnsToThePollInterval()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        await BackOffAsync(rig);
        rig.AppendMissed("evt-orphan");

        var found = await TickUntilAsync(rig, () => rig.AcceptedIds.Length == 1, TimeSpan.FromMinutes(1));
        var polls = await PollTimesAsync(rig, TimeSpan.FromSeconds(20));

        Assert.Equal([found + TimeSpan.FromSeconds(1), found + TimeSpan.FromSeconds(3), found + TimeSpan.FromSeconds(7), found + TimeSpan.FromSeconds(15)], polls);
    }

    [Fact]
    public async Task TickAsync_BackedOff_NewEntriesOnTheFastPath_ReturnToThePollInterval()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        await BackOffAsync(rig);
        var calls = rig.Outbox.ReadPendingCalls;

        rig.Outbox.Append("evt-live", rig.Now);
        await Eventually.TrueAsync(async () => (await rig.TickAsync()).Published == 1, TimeSpan.FromSeconds(10), "the fast-path entry published");
        Assert.Equal(calls, rig.Outbox.ReadPendingCalls); // Published without a poll.
        var activeAt = rig.Now;
        var polls = await PollTimesAsync(rig, TimeSpan.FromSeconds(4));

        Assert.Equal([activeAt + TimeSpan.FromSeconds(1), activeAt + TimeSpan.FromSeconds(3)], polls);
    }

    [Fact]
    public async Task TickAsync_BackedOff_AFailedPublish_RetriesAndPollsAtThePollIntervalAgain()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        await BackOffAsync(rig);
        rig.Publisher.FailNext(1);

        rig.Outbox.Append("evt-live", rig.Now);
        var failed = await TickUntilFastPathResultAsync(rig);
        var retryAt = Assert.IsType<DateTimeOffset>(failed.RetryAt);
        var polls = await PollTimesAsync(rig, TimeSpan.FromSeconds(5));

        Assert.Equal(["evt-live"], rig.AcceptedIds);
        Assert.Equal(retryAt, polls[0]); // The retry polls at once: the failure may have left more behind.
        Assert.Equal(retryAt + TimeSpan.FromSeconds(2), polls[1]);
    }

    [Fact]
    public async Task TickAsync_PollFailsWhileBackedOff_RetriesThePollAndBacksOffFromThePollIntervalAgain()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        var lastPoll = await BackOffAsync(rig);
        rig.Outbox.FailPolls = 1;

        rig.Time.SetUtcNow(lastPoll + rig.Options.IdlePollInterval);
        var failed = await rig.TickAsync();
        var retryAt = Assert.IsType<DateTimeOffset>(failed.RetryAt);
        rig.Time.SetUtcNow(retryAt);
        var polls = await PollTimesAsync(rig, TimeSpan.FromSeconds(10));

        Assert.Equal([retryAt, retryAt + TimeSpan.FromSeconds(2), retryAt + TimeSpan.FromSeconds(6)], polls);
    }

    [Fact]
    public async Task TickAsync_OnlyAnUnsendableEntryPending_StillBacksOff()
    {
        var rig = new DispatcherTestRig();
        using var fastPath = new FastPath(rig);
        rig.AppendMissed("evt-huge");
        rig.Publisher.Unsendable.Add("evt-huge");

        var polls = await PollTimesAsync(rig, TimeSpan.FromMinutes(2));

        Assert.Equal(rig.Options.IdlePollInterval, Gaps(polls)[^1]); // Found every time, never taken again: not a leftover.
        Assert.Equal("evt-huge", Assert.Single(rig.Outbox.Pending).Message.EventId);
    }

    [Fact]
    public async Task TickAsync_AFullPageOfUnsendableEntries_DoesNotPollAgainAtOnce()
    {
        var rig = new DispatcherTestRig(batchSize: 2);
        rig.AppendMissed("evt-huge-1", "evt-huge-2");
        rig.Publisher.Unsendable.UnionWith(["evt-huge-1", "evt-huge-2"]);
        Assert.Equal(2, (await rig.TickAsync()).Rejected);
        rig.Time.Advance(rig.Options.PollInterval);
        Assert.True((await rig.TickAsync()).Polled); // The same full page again, nothing new in it.

        var again = await rig.TickAsync(); // Same instant: before, a full page asked for a poll at once, every time.

        Assert.False(again.Polled);
        Assert.Equal(2, rig.Outbox.ReadPendingCalls);
    }

    /// <summary>Ticks until the gap between two polls is the idle interval; returns the last poll's instant.</summary>
    private static async Task<DateTimeOffset> BackOffAsync(DispatcherTestRig rig)
    {
        var polls = new List<DateTimeOffset>();
        while (polls.Count < 2 || polls[^1] - polls[^2] < rig.Options.IdlePollInterval)
        {
            polls.AddRange(await PollTimesAsync(rig, Step));
        }

        return polls[^1];
    }

    /// <summary>Ticks every <see cref="Step"/> for <paramref name="duration"/>; the instants at which a tick polled.</summary>
    private static async Task<List<DateTimeOffset>> PollTimesAsync(DispatcherTestRig rig, TimeSpan duration)
    {
        var polls = new List<DateTimeOffset>();
        var end = rig.Now + duration;
        while (rig.Now < end)
        {
            var calls = rig.Outbox.ReadPendingCalls;
            await rig.TickAsync();
            if (rig.Outbox.ReadPendingCalls > calls)
            {
                polls.Add(rig.Now);
            }

            rig.Time.Advance(Step);
        }

        return polls;
    }

    private static async Task<DateTimeOffset> TickUntilAsync(DispatcherTestRig rig, Func<bool> done, TimeSpan limit)
    {
        var end = rig.Now + limit;
        while (rig.Now < end)
        {
            await rig.TickAsync();
            if (done())
            {
                return rig.Now;
            }

            rig.Time.Advance(Step);
        }

        throw new Xunit.Sdk.XunitException($"Not done within {limit} of driven time.");
    }

    // The pump hands the entry over asynchronously: tick (the clock still) until a tick publishes or fails.
    private static async Task<OutboxTickResult> TickUntilFastPathResultAsync(DispatcherTestRig rig)
    {
        OutboxTickResult? result = null;
        await Eventually.TrueAsync(async () => (result = await rig.TickAsync()) is { RetryAt: not null } or { Published: > 0 },
            TimeSpan.FromSeconds(10), "the fast-path entry tried");
        return result!;
    }

    private static List<TimeSpan> Gaps(List<DateTimeOffset> polls) => [.. polls.Zip(polls.Skip(1), (a, b) => b - a)];

    /// <summary>Runs the dispatcher's fast-path pump (as the server's loop does) until disposed.</summary>
    private sealed class FastPath : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _pump;

        public FastPath(DispatcherTestRig rig) => _pump = rig.Dispatcher.PumpAppendedAsync(_stop.Token);

        public void Dispose()
        {
            _stop.Cancel();
            _pump.GetAwaiter().GetResult();
            _stop.Dispose();
        }
    }
}
