using Azure;
using JobForge.Storage.Blobs;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Blobs;

/// <summary>
/// The one test that waits for real lease time (15 s is the service minimum); its own class so it runs in parallel
/// with the rest. Two blobs share the wait: one lease lapses unrenewed, the other is renewed and stays held.
/// </summary>
public sealed class BlobLeaseExpiryTests
{
    private static readonly TimeSpan Fifteen = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Lease_After15Seconds_LapsesWithoutRenewButStaysHeldWhenRenewed()
    {
        var container = await BlobTestContainer.CreateAsync("expire");
        var lapsing = container.GetBlobLeaseClient("lapsing");
        var renewed = container.GetBlobLeaseClient("renewed");
        await Task.WhenAll(lapsing.EnsureBlobExistsAsync(), renewed.EnsureBlobExistsAsync());
        var lapsingLease = await lapsing.AcquireAsync(Fifteen);
        var renewedLease = await renewed.AcquireAsync(Fifteen);
        Assert.Null(await lapsing.TryAcquireAsync(Fifteen));

        await Task.Delay(TimeSpan.FromSeconds(8)); // Past half the lease, as a real holder renews.
        await renewed.RenewAsync(renewedLease.LeaseId); // Now held until about 23 s.
        BlobLease? taken = null;
        await Eventually.TrueAsync(
            async () => (taken = await lapsing.TryAcquireAsync(Fifteen)) is not null, TimeSpan.FromSeconds(20), "the unrenewed 15 s lease to lapse");
        var contender = await renewed.TryAcquireAsync(Fifteen);
        var lost = await Assert.ThrowsAsync<RequestFailedException>(() => lapsing.RenewAsync(lapsingLease.LeaseId));

        Assert.NotEqual(lapsingLease.LeaseId, taken!.LeaseId);
        Assert.Null(contender);
        Assert.Equal(409, lost.Status);
        Assert.True(lost.ErrorCode == BlobErrorCode.LeaseIdMismatchWithLeaseOperation, lost.ErrorCode);
    }
}
