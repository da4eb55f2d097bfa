using System.Collections.Concurrent;
using JobForge.Domain.Events;

namespace JobForge.Storage.Tests.Events;

/// <content>Concurrent appends: the group-commit paths must give every caller the right answer.</content>
public abstract partial class EventStoreConformanceTests
{
    [Fact]
    public async Task Append_200ConcurrentMixedTenantsWithDuplicates_EachKeyStoredOnceAndDuplicatesGetTheWinnersReceipt()
    {
        var (store, _) = await CreateAsync();
        var appends = Enumerable.Range(0, 200).Select(i => i % 10 == 0
                ? EventSamples.Append("t" + (i % 4), EventSamples.Id("g", i), clientId: false, receivedAt: EventSamples.T0.AddMilliseconds(i))
                : EventSamples.Append("t" + (i % 4), "k" + (i % 60), receivedAt: EventSamples.T0.AddMilliseconds(i)))
            .ToList();
        var results = new ConcurrentDictionary<EventAppend, EventReceipt>();

        await Parallel.ForEachAsync(appends, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (append, _) =>
            results[append] = (await store.AppendAsync(append)).Receipt);

        Assert.Equal(200, results.Count);
        foreach (var group in appends.Where(a => a.Event.IsClientSuppliedEventId).GroupBy(a => (a.Event.TenantId, a.Event.EventId)))
        {
            var receipts = group.Select(a => results[a]).ToList();
            var winner = Assert.Single(receipts, r => !r.Duplicate);
            Assert.All(receipts, r => Assert.Equal(winner with { Duplicate = false }, r with { Duplicate = false }));
            Assert.Contains(group, a => a.Event.ReceivedAt == winner.ReceivedAt);
        }

        Assert.All(appends.Where(a => !a.Event.IsClientSuppliedEventId), a => Assert.False(results[a].Duplicate));
        for (var t = 0; t < 4; t++)
        {
            var tenant = "t" + t;
            var stored = await ListAllAsync(store, tenant, EventSamples.Query(1000));
            var expected = appends.Where(a => a.Event.TenantId == tenant).Select(a => a.Event.EventId).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(expected, stored.Select(e => e.EventId).Order(StringComparer.Ordinal));
            foreach (var e in stored.Where(e => e.IsClientSuppliedEventId))
            {
                var winner = appends.Where(a => a.Event.TenantId == tenant && a.Event.EventId == e.EventId).Select(a => results[a]).Single(r => !r.Duplicate);
                Assert.Equal(winner.ReceivedAt, e.ReceivedAt);
            }
        }
    }

    [Fact]
    public async Task Append_BatchWithADuplicateInTheMiddle_CommitsTheOthers()
    {
        var (store, _) = await CreateAsync();
        await store.AppendAsync(EventSamples.Append("tenant-a", "dup"));
        var appends = Enumerable.Range(0, 11)
            .Select(i => i == 5
                ? EventSamples.Append("tenant-a", "dup", receivedAt: EventSamples.T0.AddSeconds(1))
                : EventSamples.Append("tenant-a", EventSamples.Id("n", i), receivedAt: EventSamples.T0.AddSeconds(1).AddMilliseconds(i)))
            .ToList();

        var results = await Task.WhenAll(appends.Select(a => store.AppendAsync(a)));

        Assert.True(results[5].Receipt.Duplicate);
        Assert.Equal(EventSamples.T0, results[5].Receipt.ReceivedAt);
        Assert.Equal(10, results.Count(r => !r.Receipt.Duplicate));
        Assert.Equal(11, (await ListAllAsync(store, "tenant-a", EventSamples.Query())).Count);
    }
}
