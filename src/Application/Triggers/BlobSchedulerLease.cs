using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace JobForge.Application.Triggers;

/// <summary>
/// <see cref="ISchedulerLease"/> on a blob lease (the SDK's <see cref="BlobLeaseClient"/>), with this instance's own lease
/// id: a retried acquire whose first attempt succeeded is then accepted as the holder's own, not reported as a conflict.
/// </summary>
public sealed class BlobSchedulerLease : ISchedulerLease
{
    private readonly BlobContainerClient _container;
    private readonly BlobClient _blob;
    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _duration;
    private readonly string _leaseId = Guid.NewGuid().ToString();
    private bool _ready;

    /// <summary>A lease on <paramref name="blobName"/> in <paramref name="container"/> lasting <paramref name="duration"/>.</summary>
    public BlobSchedulerLease(BlobContainerClient container, string blobName, TimeSpan duration)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _blob = container.GetBlobClient(blobName);
        _lease = _blob.GetBlobLeaseClient(_leaseId);
        _duration = duration;
    }

    /// <inheritdoc />
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        if (!_ready)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await EnsureBlobExistsAsync(cancellationToken).ConfigureAwait(false);
            _ready = true;
        }

        try
        {
            await _lease.AcquireAsync(_duration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409
            && (ex.ErrorCode == BlobErrorCode.LeaseAlreadyPresent.ToString() || ex.ErrorCode == BlobErrorCode.LeaseIsBreakingAndCannotBeAcquired.ToString()))
        {
            return false; // Another instance holds it: the normal outcome for the losers of an election.
        }
    }

    /// <summary>Creates the lease blob empty unless it exists (leased or not, it is left untouched).</summary>
    private async Task EnsureBlobExistsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString() || ex.ErrorCode == BlobErrorCode.LeaseIdMissing.ToString())
        {
            // 409 BlobAlreadyExists, or 412 LeaseIdMissing: it exists and someone holds its lease, as a contender expects.
        }
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _lease.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _lease.ReleaseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
        }
    }
}
