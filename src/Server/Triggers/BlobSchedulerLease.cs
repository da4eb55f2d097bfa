using Azure;
using JobForge.Storage.Blobs;

namespace JobForge.Server.Triggers;

/// <summary><see cref="ISchedulerLease"/> on a blob lease (<see cref="BlobLeaseClient"/>), with this instance's own lease id.</summary>
public sealed class BlobSchedulerLease : ISchedulerLease
{
    private readonly BlobContainerClient _container;
    private readonly BlobLeaseClient _lease;
    private readonly TimeSpan _duration;
    private readonly string _leaseId = Guid.NewGuid().ToString();
    private bool _ready;

    /// <summary>A lease on <paramref name="blobName"/> in <paramref name="container"/> lasting <paramref name="duration"/>.</summary>
    public BlobSchedulerLease(BlobContainerClient container, string blobName, TimeSpan duration)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _lease = container.GetBlobLeaseClient(blobName);
        _duration = duration;
    }

    /// <inheritdoc />
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        if (!_ready)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            await _lease.EnsureBlobExistsAsync(cancellationToken).ConfigureAwait(false);
            _ready = true;
        }

        return await _lease.TryAcquireAsync(_duration, _leaseId, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _lease.RenewAsync(_leaseId, cancellationToken).ConfigureAwait(false);
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
            await _lease.ReleaseAsync(_leaseId, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
        }
    }
}
