using Azure;

namespace JobForge.Storage.Blobs;

/// <summary>How <see cref="BlobContainerClient.UploadAsync"/> writes a block blob.</summary>
public sealed class BlobUploadOptions
{
    /// <summary>The metadata name under which <see cref="ComputeSha256"/> stores the content hash.</summary>
    public const string Sha256MetadataName = "sha256";

    /// <summary>The blob's <c>Content-Type</c>; the service stores <c>application/octet-stream</c> when null.</summary>
    public string? ContentType { get; set; }

    /// <summary>
    /// Metadata sent as <c>x-ms-meta-{name}</c>: names are C# identifiers (letters, digits, underscores, not starting
    /// with a digit), values printable ASCII without leading or trailing spaces. Replaces all existing metadata.
    /// </summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Create only (<c>If-None-Match: *</c>): an existing blob fails with 409 <see cref="BlobErrorCode.BlobAlreadyExists"/>.</summary>
    public bool IfNoneMatchAll { get; set; }

    /// <summary>Write only if the blob's ETag is this one (<c>If-Match</c>); a stale ETag fails with 412 <see cref="BlobErrorCode.ConditionNotMet"/>.</summary>
    public ETag? IfMatch { get; set; }

    /// <summary>The active lease's id (<c>x-ms-lease-id</c>); required to write a leased blob.</summary>
    public string? LeaseId { get; set; }

    /// <summary>Send the content's MD5 as <c>Content-MD5</c>, so the service rejects a corrupted transfer (400 <see cref="BlobErrorCode.Md5Mismatch"/>).</summary>
    public bool ComputeContentMd5 { get; set; }

    /// <summary>
    /// A caller-known MD5 of the content, sent as <c>Content-MD5</c> for the service to verify (for example one computed
    /// where the content was produced). Cannot be combined with <see cref="ComputeContentMd5"/>.
    /// </summary>
    public byte[]? ContentMd5 { get; set; }

    /// <summary>
    /// Store the lowercase hex SHA-256 of the content as metadata <see cref="Sha256MetadataName"/> (Azure keeps no SHA-256
    /// of its own). Off by default; cannot be combined with a caller-supplied <c>sha256</c> metadata entry.
    /// </summary>
    public bool ComputeSha256 { get; set; }
}
