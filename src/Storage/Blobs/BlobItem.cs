namespace JobForge.Storage.Blobs;

/// <summary>One entry of a List Blobs page.</summary>
/// <param name="Name">The blob's name, as given when it was written (not percent-encoded).</param>
/// <param name="Properties">Length, content type, ETag, last-modified time, MD5 and (when asked for) metadata.</param>
public sealed record BlobItem(string Name, BlobProperties Properties);
