using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using JobForge.Storage.Blobs;

namespace JobForge.Storage.Events;

/// <summary>
/// Keeps documents of up to 1 MiB in table entities, whose string properties hold at most 32K UTF-16 characters and whose
/// whole size is at most 1 MiB. Up to <see cref="MaxInlineChars"/> characters: one string property <c>{prefix}</c>.
/// Larger: gzip-compressed UTF-8 in 64 KiB binary properties <c>{prefix}Z0..</c> with the count in <c>{prefix}Chunks</c>,
/// when the compressed size fits the inline budget. Otherwise (incompressible documents near 1 MiB) the UTF-8 document
/// is uploaded to a blob BEFORE the batch and <c>{prefix}Blob</c> names it; the blob is deleted with its row.
/// </summary>
internal sealed class EventDocumentCodec(Func<CancellationToken, Task<BlobContainerClient>> container, int maxInlineCompressedBytes)
{
    public const int MaxInlineChars = 32_000;
    public const int ChunkBytes = 65_536;

    public async Task<EncodedDocument> EncodeAsync(string tenantId, string kind, string json, CancellationToken cancellationToken)
    {
        if (json.Length <= MaxInlineChars)
        {
            return new EncodedDocument(json, null, null, 64 + (json.Length * 6));
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        var compressed = Compress(utf8);
        if (compressed.Length <= maxInlineCompressedBytes)
        {
            var chunks = compressed.Chunk(ChunkBytes).ToList();
            return new EncodedDocument(null, chunks, null, 64 + (chunks.Count * 64) + (compressed.Length * 4 / 3));
        }

        var blobName = "t-" + tenantId + "/" + Guid.NewGuid().ToString("N") + "-" + kind;
        var blobs = await container(cancellationToken).ConfigureAwait(false);
        // Create-only: the name is fresh (a GUID), so a 409 could only come from a retried upload whose first attempt landed.
        try
        {
            await blobs.UploadBlobAsync(blobName, new BinaryData(utf8), "application/json", createOnly: true, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == Azure.Storage.Blobs.Models.BlobErrorCode.BlobAlreadyExists.ToString())
        {
        }

        return new EncodedDocument(null, null, blobName, 256);
    }

    public static void Apply(TableEntity entity, string prefix, EncodedDocument document)
    {
        if (document.Text is not null)
        {
            entity[prefix] = document.Text;
        }
        else if (document.Chunks is { } chunks)
        {
            entity[prefix + "Chunks"] = chunks.Count;
            for (var i = 0; i < chunks.Count; i++)
            {
                entity[prefix + "Z" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = chunks[i];
            }
        }
        else
        {
            entity[prefix + "Blob"] = document.BlobName;
        }
    }

    /// <summary>The blob holding <paramref name="prefix"/>'s document, if it is not inline.</summary>
    public static string? BlobNameOf(TableEntity entity, string prefix) => entity.GetString(prefix + "Blob");

    /// <exception cref="InvalidDataException">The entity holds no readable document.</exception>
    public async Task<string> DecodeAsync(TableEntity entity, string prefix, CancellationToken cancellationToken)
    {
        if (entity.GetString(prefix) is { } text)
        {
            return text;
        }

        if (entity.GetInt32(prefix + "Chunks") is { } count)
        {
            using var compressed = new MemoryStream();
            for (var i = 0; i < count; i++)
            {
                var chunk = entity.GetBinary(prefix + "Z" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    ?? throw new InvalidDataException("A document chunk is missing.");
                compressed.Write(chunk);
            }

            compressed.Position = 0;
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        if (BlobNameOf(entity, prefix) is { } blobName)
        {
            var blobs = await container(cancellationToken).ConfigureAwait(false);
            var content = await blobs.DownloadContentIfExistsAsync(blobName, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("A document blob is missing.");
            return content.Content.ToString();
        }

        throw new InvalidDataException("The entity holds no document.");
    }

    private static byte[] Compress(byte[] utf8)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(utf8);
        }

        return output.ToArray();
    }
}
