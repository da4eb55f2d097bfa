using Azure;

namespace JobForge.Storage.Blobs;

/// <summary>The outcome of a successful upload.</summary>
public sealed class BlobContentInfo
{
    internal BlobContentInfo(ETag eTag, DateTimeOffset lastModified, byte[]? contentMd5, string? sha256)
    {
        ETag = eTag;
        LastModified = lastModified;
        ContentMd5 = contentMd5;
        Sha256 = sha256;
    }

    /// <summary>The new ETag of the blob.</summary>
    public ETag ETag { get; }

    /// <summary>When the service wrote the blob.</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary>The MD5 of the content the service stored (it computes one for a single put even when none was sent).</summary>
    public byte[]? ContentMd5 { get; }

    /// <summary>
    /// The lowercase hex SHA-256 of the content stored as metadata <c>sha256</c>, when
    /// <see cref="BlobUploadOptions.ComputeSha256"/> asked for it; otherwise null.
    /// </summary>
    public string? Sha256 { get; }
}
