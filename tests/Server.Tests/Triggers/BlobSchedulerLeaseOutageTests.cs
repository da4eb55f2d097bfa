using System.Diagnostics;
using JobForge.Application.Triggers;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Server.Tests.Triggers;

/// <summary>
/// The blob lease across an Azurite restart (its own instance, stopped and started on the same data): the holder takes
/// its lease back with its own lease id at once — whether the lease is still active or lapsed meanwhile — and another
/// instance still cannot. Azure documents an acquire with the holder's id on an active lease as a success; Azurite 3.37
/// implements the same (<c>LeaseLeasedState.acquire</c>).
/// </summary>
public sealed class BlobSchedulerLeaseOutageTests
{
    [Fact]
    public async Task TryAcquire_WithItsOwnLeaseId_AfterStorageComesBack_SucceedsAtOnce_AndAnotherStillCannot()
    {
        await using var azurite = await AzuriteInstance.StartAsync();
        var container = azurite.BlobService(maxRetries: 0).GetBlobContainerClient(UniqueNames.Next("lease"));
        var holder = new BlobSchedulerLease(container, "leader", TimeSpan.FromSeconds(15));
        var other = new BlobSchedulerLease(container, "leader", TimeSpan.FromSeconds(15));
        Assert.True(await holder.TryAcquireAsync());
        Assert.False(await other.TryAcquireAsync());

        await azurite.StopAsync();
        var down = await Record.ExceptionAsync(() => holder.RenewAsync());
        Assert.True(Application.Errors.StorageOutage.Is(down), down?.GetType().Name); // a transient failure, not "lost"
        await azurite.StartAgainAsync();

        var clock = Stopwatch.StartNew();
        Assert.True(await holder.TryAcquireAsync());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.False(await other.TryAcquireAsync());
        Assert.True(await holder.RenewAsync());
    }
}
