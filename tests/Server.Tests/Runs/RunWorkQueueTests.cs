using JobForge.Application.Runs;
using Microsoft.Extensions.Time.Testing;

namespace JobForge.Server.Tests.Runs;

public sealed class RunWorkQueueTests
{
    [Fact]
    public async Task TakeAsync_AfterOneTenantsFlood_ServesTenantsRoundRobin()
    {
        var queue = new RunWorkQueue();
        for (var i = 0; i < 100; i++)
        {
            queue.Enqueue("flood", $"run-f{i}");
        }

        queue.Enqueue("quiet", "run-q1");
        queue.Enqueue("quiet", "run-q2");

        var taken = new List<(string, string)>();
        for (var i = 0; i < 5; i++)
        {
            taken.Add(await queue.TakeAsync(CancellationToken.None));
        }

        Assert.Equal([("flood", "run-f0"), ("quiet", "run-q1"), ("flood", "run-f1"), ("quiet", "run-q2"), ("flood", "run-f2")], taken);
    }

    [Fact]
    public async Task Enqueue_AQueuedRun_IsNotQueuedTwice()
    {
        var queue = new RunWorkQueue();

        Assert.True(queue.Enqueue("t", "run-1"));
        Assert.False(queue.Enqueue("t", "run-1"));

        Assert.Equal(1, queue.Count);
        await queue.TakeAsync(CancellationToken.None);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task Enqueue_ARunBeingProcessed_QueuesItAgainWhenItCompletes()
    {
        var queue = new RunWorkQueue();
        queue.Enqueue("t", "run-1");
        var taken = await queue.TakeAsync(CancellationToken.None);

        Assert.False(queue.Enqueue("t", "run-1")); // active: remembered, not queued
        Assert.Equal(0, queue.Count);
        queue.Complete(taken.TenantId, taken.RunId);

        Assert.Equal(1, queue.Count);
        Assert.Equal(("t", "run-1"), await queue.TakeAsync(CancellationToken.None));
        queue.Complete("t", "run-1");
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public async Task TakeAsync_OnAnEmptyQueue_WaitsUntilCanceled()
    {
        var queue = new RunWorkQueue();
        using var cancel = new CancellationTokenSource();

        var waiting = queue.TakeAsync(cancel.Token);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task TakeAsync_ATenantAtItsCap_WaitsWhileOtherTenantsAreServed_AndResumesWhenASlotFrees()
    {
        var queue = new RunWorkQueue(maxActivePerTenant: 2);
        for (var i = 0; i < 5; i++)
        {
            queue.Enqueue("hanging", $"run-h{i}");
        }

        Assert.Equal(("hanging", "run-h0"), await queue.TakeAsync(CancellationToken.None));
        Assert.Equal(("hanging", "run-h1"), await queue.TakeAsync(CancellationToken.None));
        var third = queue.TakeAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(third.IsCompleted); // the tenant holds its two slots; its other runs wait

        queue.Enqueue("other", "run-o1");
        Assert.Equal(("other", "run-o1"), await third.WaitAsync(TimeSpan.FromSeconds(10))); // another tenant is not starved

        var fourth = queue.TakeAsync(CancellationToken.None);
        queue.Complete("hanging", "run-h0");
        Assert.Equal(("hanging", "run-h2"), await fourth.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, queue.ActiveCount);
        Assert.Equal(2, queue.Count);
    }

    [Fact]
    public async Task Backlog_CountsWaitingRunsPerTenantAndTimesTheTenantsOldest()
    {
        var clock = new FakeTimeProvider();
        var queue = new RunWorkQueue(maxActivePerTenant: 1, clock);
        queue.Enqueue("flood", "run-f1");
        clock.Advance(TimeSpan.FromSeconds(3));
        queue.Enqueue("flood", "run-f2");
        queue.Enqueue("flood", "run-f3");
        queue.Enqueue("quiet", "run-q1");
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(new(3, TimeSpan.FromSeconds(5), 4), queue.Backlog("flood"));
        Assert.Equal(new(1, TimeSpan.FromSeconds(2), 4), queue.Backlog("quiet"));
        Assert.Equal(new(0, TimeSpan.Zero, 4), queue.Backlog("absent"));

        Assert.Equal(("flood", "run-f1"), await queue.TakeAsync(CancellationToken.None));

        Assert.Equal(new(2, TimeSpan.FromSeconds(2), 3), queue.Backlog("flood")); // the head is now run-f2, queued 2 s ago
    }
}
