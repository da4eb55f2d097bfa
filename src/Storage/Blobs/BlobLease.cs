using Azure;

namespace JobForge.Storage.Blobs;

/// <summary>A lease the caller holds (after acquire, renew or change).</summary>
/// <param name="LeaseId">The lease id to give on renew, release, change and on writes to the blob.</param>
/// <param name="ETag">The blob's ETag (taking a lease does not change it).</param>
/// <param name="LastModified">The blob's last-modified time.</param>
public sealed record BlobLease(string LeaseId, ETag ETag, DateTimeOffset LastModified);
