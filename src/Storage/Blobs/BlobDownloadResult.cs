namespace JobForge.Storage.Blobs;

/// <summary>A whole blob read into memory: its bytes and its properties.</summary>
/// <param name="Content">The blob's bytes.</param>
/// <param name="Properties">ETag, content type, metadata, length, last-modified time and MD5.</param>
public sealed record BlobDownloadResult(BinaryData Content, BlobProperties Properties);
