using Azure;

namespace JobForge.Storage.Blobs;

/// <summary>What the Blob service reports about a blob: from Get Blob Properties, Get Blob or a List Blobs entry.</summary>
public sealed class BlobProperties
{
    internal BlobProperties(
        long contentLength,
        string? contentType,
        ETag eTag,
        DateTimeOffset lastModified,
        byte[]? contentMd5,
        IReadOnlyDictionary<string, string> metadata)
    {
        ContentLength = contentLength;
        ContentType = contentType;
        ETag = eTag;
        LastModified = lastModified;
        ContentMd5 = contentMd5;
        Metadata = metadata;
    }

    /// <summary>The blob's size in bytes.</summary>
    public long ContentLength { get; }

    /// <summary>The blob's <c>Content-Type</c>; the service defaults it to <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The blob's ETag, for conditional writes (<see cref="BlobUploadOptions.IfMatch"/>).</summary>
    public ETag ETag { get; }

    /// <summary>When the blob was last written.</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary>The MD5 of the whole blob as the service stored it; null when it has none.</summary>
    public byte[]? ContentMd5 { get; }

    /// <summary>
    /// The blob's metadata (<c>x-ms-meta-*</c>), names compared case-insensitively. Empty for a List Blobs entry unless
    /// metadata was asked for.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }
}
