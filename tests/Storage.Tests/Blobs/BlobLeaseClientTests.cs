using Azure;
using JobForge.Storage.Blobs;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Blobs;

public sealed class BlobLeaseClientTests
{
    private static readonly TimeSpan Fifteen = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task EnsureBlobExists_Twice_CreatesOnceAndKeepsContent()
    {
        var container = await BlobTestContainer.CreateAsync("ensure");
        var lease = container.GetBlobLeaseClient("leader");

        Assert.True(await lease.EnsureBlobExistsAsync());
        await container.UploadAsync("leader", BinaryData.FromString("state"));
        Assert.False(await lease.EnsureBlobExistsAsync());
        Assert.Equal("state", (await container.DownloadContentIfExistsAsync("leader"))!.Content.ToString());
    }

    [Fact]
    public async Task Acquire_WhileHeld_FailsWith409UntilReleasedThenSucceeds()
    {
        var container = await BlobTestContainer.CreateAsync("contend");
        var lease = container.GetBlobLeaseClient("leader");
        await lease.EnsureBlobExistsAsync();
        var held = await lease.AcquireAsync(Fifteen);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => lease.AcquireAsync(Fifteen));
        var contender = await lease.TryAcquireAsync(Fifteen);
        Assert.False(await lease.EnsureBlobExistsAsync()); // A leased blob still counts as existing.
        await lease.ReleaseAsync(held.LeaseId);
        var after = await lease.TryAcquireAsync(Fifteen);

        Assert.Equal(409, failure.Status);
        Assert.True(failure.ErrorCode == BlobErrorCode.LeaseAlreadyPresent, failure.ErrorCode);
        Assert.Null(contender);
        Assert.NotNull(after);
        Assert.NotEqual(held.LeaseId, after.LeaseId);
    }

    [Fact]
    public async Task Acquire_WithProposedId_ReturnsThatIdAndRenewAndChangeKeepIt()
    {
        var container = await BlobTestContainer.CreateAsync("proposed");
        var lease = container.GetBlobLeaseClient("leader");
        await lease.EnsureBlobExistsAsync();
        var id = "5d1e0f6a-6a35-4e3a-9d0b-6b1cb2b3a001";
        var next = "5d1e0f6a-6a35-4e3a-9d0b-6b1cb2b3a002";

        var acquired = await lease.AcquireAsync(Fifteen, id);
        var renewed = await lease.RenewAsync(id);
        var changed = await lease.ChangeAsync(id, next);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => lease.RenewAsync(id));

        Assert.Equal(id, acquired.LeaseId);
        Assert.Equal(id, renewed.LeaseId);
        Assert.Equal(next, changed.LeaseId);
        Assert.Equal(409, stale.Status);
        Assert.True(stale.ErrorCode == BlobErrorCode.LeaseIdMismatchWithLeaseOperation, stale.ErrorCode);
    }

    [Fact]
    public async Task TryAcquire_AgainWithTheHoldersProposedId_SucceedsWhileOthersGetNull()
    {
        var container = await BlobTestContainer.CreateAsync("reacquire");
        var lease = container.GetBlobLeaseClient("leader");
        await lease.EnsureBlobExistsAsync();
        var mine = "7a3c1e52-0d4b-4f7e-9c1a-2b5d8e6f0001";
        var theirs = "7a3c1e52-0d4b-4f7e-9c1a-2b5d8e6f0002";

        var first = await lease.TryAcquireAsync(Fifteen, mine);
        var repeated = await lease.TryAcquireAsync(Fifteen, mine); // What a retried acquire looks like to the service.
        var other = await lease.TryAcquireAsync(Fifteen, theirs);

        Assert.Equal(mine, first!.LeaseId);
        Assert.Equal(mine, repeated!.LeaseId);
        Assert.Null(other);
    }

    [Fact]
    public async Task Break_OfHeldLease_MakesBlobAcquirable()
    {
        var container = await BlobTestContainer.CreateAsync("break");
        var lease = container.GetBlobLeaseClient("leader");
        await lease.EnsureBlobExistsAsync();
        await lease.AcquireAsync(BlobLeaseClient.InfiniteDuration);

        var remaining = await lease.BreakAsync(TimeSpan.Zero);
        var after = await lease.TryAcquireAsync(Fifteen);

        Assert.Equal(TimeSpan.Zero, remaining);
        Assert.NotNull(after);
    }

    [Fact]
    public async Task Upload_ToLeasedBlob_WithoutLeaseIdFails412AndWithItSucceeds()
    {
        var container = await BlobTestContainer.CreateAsync("leasedwrite");
        var lease = container.GetBlobLeaseClient("leader");
        await lease.EnsureBlobExistsAsync();
        var held = await lease.AcquireAsync(Fifteen);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => container.UploadAsync("leader", BinaryData.FromString("x")));
        await container.UploadAsync("leader", BinaryData.FromString("mine"), new BlobUploadOptions { LeaseId = held.LeaseId });

        Assert.Equal(412, failure.Status);
        Assert.True(failure.ErrorCode == BlobErrorCode.LeaseIdMissing, failure.ErrorCode);
        Assert.Equal("mine", (await container.DownloadContentIfExistsAsync("leader"))!.Content.ToString());
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    [InlineData(0)]
    public async Task Acquire_WithDurationOutOfRange_ThrowsArgumentOutOfRange(int seconds)
    {
        var lease = (await BlobTestContainer.ServiceAsync()).GetContainerClient("unused").GetBlobLeaseClient("x");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => lease.AcquireAsync(TimeSpan.FromSeconds(seconds)));
    }
}
