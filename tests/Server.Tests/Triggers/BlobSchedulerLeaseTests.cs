using JobForge.Application.Triggers;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Server.Tests.Triggers;

/// <summary>The scheduler's leader lease on the official BlobLeaseClient, against Azurite: one holder at a time.</summary>
public sealed class BlobSchedulerLeaseTests
{
    private static async Task<(BlobSchedulerLease A, BlobSchedulerLease B)> ContendersAsync()
    {
        var container = (await AzuriteInstance.Shared).BlobService(maxRetries: 0).GetBlobContainerClient(UniqueNames.Next("lease"));
        var duration = TimeSpan.FromSeconds(15);
        return (new BlobSchedulerLease(container, "leader", duration), new BlobSchedulerLease(container, "leader", duration));
    }

    [Fact]
    public async Task TryAcquire_WhileAnotherHoldsTheLease_IsFalse_AndTheHolderRenews()
    {
        var (a, b) = await ContendersAsync();

        Assert.True(await a.TryAcquireAsync());
        Assert.False(await b.TryAcquireAsync());
        Assert.True(await a.RenewAsync());
        Assert.False(await b.RenewAsync());
        Assert.True(await a.TryAcquireAsync()); // the holder's own id: acquiring again is not a conflict
    }

    [Fact]
    public async Task Release_LetsTheOtherAcquire_AndTheFormerHolderCannotRenew()
    {
        var (a, b) = await ContendersAsync();
        Assert.True(await a.TryAcquireAsync());

        await a.ReleaseAsync();

        Assert.True(await b.TryAcquireAsync());
        Assert.False(await a.RenewAsync());
        await a.ReleaseAsync(); // releasing what it no longer holds is quiet
        Assert.True(await b.RenewAsync());
    }
}
