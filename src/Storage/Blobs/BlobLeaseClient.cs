using System.Globalization;
using Azure;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

/// <summary>
/// Leases on one blob (Lease Blob, https://learn.microsoft.com/rest/api/storageservices/lease-blob): the lock that
/// elects one scheduler among servers. Holders acquire a 15–60 s lease and renew it well before it lapses; contenders
/// call <see cref="TryAcquireAsync"/>, which returns null while another holds it. The blob must exist first
/// (<see cref="EnsureBlobExistsAsync"/>). Obtained from <see cref="BlobContainerClient.GetBlobLeaseClient"/>.
/// </summary>
public sealed partial class BlobLeaseClient
{
    /// <summary>The duration of a lease that never expires (sent as <c>-1</c>); it ends only by release or break.</summary>
    public static readonly TimeSpan InfiniteDuration = Timeout.InfiniteTimeSpan;

    /// <summary>The shortest finite lease the service grants.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(15);

    /// <summary>The longest finite lease the service grants.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(60);

    private readonly BlobContainerClient _container;

    internal BlobLeaseClient(BlobContainerClient container, string blobName)
    {
        _container = container;
        BlobName = blobName;
    }

    /// <summary>The leased blob's name.</summary>
    public string BlobName { get; }

    /// <summary>
    /// Creates the blob empty if it does not exist (a create-only put), so it can be leased; an existing blob — leased or
    /// not — is left untouched. True when this call created it.
    /// </summary>
    public async Task<bool> EnsureBlobExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _container.BlobMessage(RequestMethod.Put, BlobName);
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        message.Request.Headers.SetValue("If-None-Match", "*");
        message.Request.Content = RequestContent.Create(BinaryData.Empty);
        var response = await _container.Pipeline.SendAsync(message, cancellationToken, 201, 409, 412).ConfigureAwait(false);
        if (response.Status == 201)
        {
            return true;
        }

        var code = StorageFailures.GetErrorCode(response);
        // 412 LeaseIdMissing: the blob exists and someone holds its lease — exactly the state a contender expects.
        return code == BlobErrorCode.BlobAlreadyExists || code == BlobErrorCode.LeaseIdMissing
            ? false
            : throw StorageFailures.Exception(response);
    }

    /// <summary>Acquires a lease of <paramref name="duration"/> (15–60 s, or <see cref="InfiniteDuration"/>).</summary>
    /// <param name="duration">How long the lease lasts unless renewed.</param>
    /// <param name="proposedLeaseId">The lease id to use (a GUID); the service picks one when null. Acquiring with the id of the active lease renews it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not 15–60 whole seconds or infinite.</exception>
    /// <exception cref="ArgumentException"><paramref name="proposedLeaseId"/> is not a GUID.</exception>
    /// <exception cref="RequestFailedException">
    /// 409 <see cref="BlobErrorCode.LeaseAlreadyPresent"/> when another holds it, 404 <see cref="BlobErrorCode.BlobNotFound"/>, and others.
    /// </exception>
    public async Task<BlobLease> AcquireAsync(TimeSpan duration, string? proposedLeaseId = null, CancellationToken cancellationToken = default)
    {
        var response = await SendAcquireAsync(duration, proposedLeaseId, cancellationToken, 201).ConfigureAwait(false);
        return ReadLease(response, proposedLeaseId);
    }

    /// <summary>
    /// Like <see cref="AcquireAsync"/>, but returns null when the lease is held by another or still being broken
    /// (409 <see cref="BlobErrorCode.LeaseAlreadyPresent"/> or <see cref="BlobErrorCode.LeaseIsBreakingAndCannotBeAcquired"/>) —
    /// the normal outcome for the losers of an election. Every other failure still throws.
    /// Pass a <paramref name="proposedLeaseId"/> (each contender its own): if the pipeline retries an acquire whose first
    /// attempt did succeed, the service then accepts the retry as the holder's own instead of reporting a conflict.
    /// </summary>
    public async Task<BlobLease?> TryAcquireAsync(TimeSpan duration, string? proposedLeaseId = null, CancellationToken cancellationToken = default)
    {
        var response = await SendAcquireAsync(duration, proposedLeaseId, cancellationToken, 201, 409).ConfigureAwait(false);
        if (response.Status == 201)
        {
            return ReadLease(response, proposedLeaseId);
        }

        var code = StorageFailures.GetErrorCode(response);
        return code == BlobErrorCode.LeaseAlreadyPresent || code == BlobErrorCode.LeaseIsBreakingAndCannotBeAcquired
            ? null
            : throw StorageFailures.Exception(response);
    }

    private Task<Response> SendAcquireAsync(TimeSpan duration, string? proposedLeaseId, CancellationToken cancellationToken, params int[] expected)
    {
        var seconds = duration == InfiniteDuration
            ? -1
            : duration >= MinDuration && duration <= MaxDuration && duration.Ticks % TimeSpan.TicksPerSecond == 0
                ? (int)duration.TotalSeconds
                : throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts 15 to 60 whole seconds, or is infinite (BlobLeaseClient.InfiniteDuration).");
        var headers = new List<(string, string)> { ("x-ms-lease-duration", seconds.ToString(CultureInfo.InvariantCulture)) };
        if (proposedLeaseId is not null)
        {
            ThrowIfNotGuid(proposedLeaseId, nameof(proposedLeaseId));
            headers.Add(("x-ms-proposed-lease-id", proposedLeaseId));
        }

        return SendLeaseAsync("acquire", headers, cancellationToken, expected);
    }
}
