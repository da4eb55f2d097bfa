using JobForge.Domain.Events;

namespace JobForge.Storage.Tests.Events;

/// <summary>The event store contract against <see cref="Storage.Events.TableEventStore"/> on Azurite, and its group commit.</summary>
public sealed partial class TableEventStoreTests : EventStoreConformanceTests
{
    /// <inheritdoc />
    protected override async Task<(IEventStore Store, IEventOutbox Outbox)> CreateAsync()
    {
        var store = await TableEventStores.CreateAsync();
        return (store, store);
    }

    [Fact]
    public async Task Append_64ConcurrentToOneTenant_AreGroupCommittedInFarFewerBatches()
    {
        var policy = new BatchRequestPolicy();
        var store = await TableEventStores.CreateAsync(policy);
        await store.AppendAsync(EventSamples.Append("tenant-a", "warm-up"));
        var before = policy.Batches;

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i =>
            Task.Run(() => store.AppendAsync(EventSamples.Append("tenant-a", EventSamples.Id("c", i), clientId: i % 2 == 0, receivedAt: EventSamples.T0.AddMilliseconds(i))))));

        Assert.All(results, r => Assert.False(r.Receipt.Duplicate));
        Assert.InRange(policy.Batches - before, 1, 16);
        Assert.Equal(65, (await store.ListAsync("tenant-a", EventSamples.Query(1000))).Events.Count);
    }

    [Fact]
    public async Task Append_DuplicateInTheMiddleOfOneBatch_IsResolvedAndTheRestResubmittedOnce()
    {
        var policy = new BatchRequestPolicy();
        var store = await TableEventStores.CreateAsync(policy, o => (o.MaxInFlightBatches, o.MaxInFlightBatchesPerTenant) = (1, 1));
        await store.AppendAsync(EventSamples.Append("tenant-a", "dup"));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = policy.HoldNext(release);
        var blocker = store.AppendAsync(EventSamples.Append("tenant-a", "blocker", receivedAt: EventSamples.T0.AddSeconds(1)));
        await held;
        var before = policy.Batches;

        var queued = Enumerable.Range(0, 11)
            .Select(i => store.AppendAsync(i == 5
                ? EventSamples.Append("tenant-a", "dup", receivedAt: EventSamples.T0.AddSeconds(2))
                : EventSamples.Append("tenant-a", EventSamples.Id("n", i), receivedAt: EventSamples.T0.AddSeconds(2).AddMilliseconds(i))))
            .ToList();
        release.SetResult();
        await blocker;
        var results = await Task.WhenAll(queued);

        Assert.Equal(2, policy.Batches - before);
        Assert.Equal(new EventReceipt("dup", "trace-dup", EventSamples.T0, Duplicate: true), results[5].Receipt);
        Assert.Equal(10, results.Count(r => !r.Receipt.Duplicate));
        Assert.Equal(12, (await ListAllAsync(store, "tenant-a", EventSamples.Query())).Count);
    }

    [Fact]
    public async Task Append_SameKeyTwiceInOneBatch_SecondIsADuplicateOfTheFirst()
    {
        var policy = new BatchRequestPolicy();
        var store = await TableEventStores.CreateAsync(policy, o => (o.MaxInFlightBatches, o.MaxInFlightBatchesPerTenant) = (1, 1));
        await store.AppendAsync(EventSamples.Append("tenant-a", "warm-up"));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = policy.HoldNext(release);
        var blocker = store.AppendAsync(EventSamples.Append("tenant-a", "blocker", receivedAt: EventSamples.T0.AddSeconds(1)));
        await held;
        var before = policy.Batches;

        var first = store.AppendAsync(EventSamples.Append("tenant-a", "same", receivedAt: EventSamples.T0.AddSeconds(2)));
        var second = store.AppendAsync(EventSamples.Append("tenant-a", "same", receivedAt: EventSamples.T0.AddSeconds(3)));
        release.SetResult();
        await blocker;

        Assert.Equal(new EventReceipt("same", "trace-same", EventSamples.T0.AddSeconds(2), Duplicate: false), (await first).Receipt);
        Assert.Equal(new EventReceipt("same", "trace-same", EventSamples.T0.AddSeconds(2), Duplicate: true), (await second).Receipt);
        Assert.Equal(1, policy.Batches - before);
        Assert.Equal(3, (await ListAllAsync(store, "tenant-a", EventSamples.Query())).Count);
    }
}
