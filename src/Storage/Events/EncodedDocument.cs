namespace JobForge.Storage.Events;

/// <summary>
/// A JSON document ready for a table entity: inline text, gzip chunks, or the name of the blob it was uploaded to.
/// <see cref="WireBytes"/> bounds what it adds to a batch request (text counted at 6 bytes a character, the worst JSON escape).
/// </summary>
internal sealed record EncodedDocument(string? Text, IReadOnlyList<byte[]>? Chunks, string? BlobName, int WireBytes);
