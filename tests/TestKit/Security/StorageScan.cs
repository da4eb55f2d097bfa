using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace JobForge.TestKit.Security;

/// <summary>
/// Reads everything one storage account holds, as text: every row of every table (each property, and per row the
/// gzip-compressed chunked documents reassembled and unpacked), every blob of every container (name, metadata, content,
/// unpacked when gzip), every message of every queue (as sent and base64-decoded).
/// </summary>
public static partial class StorageScan
{
    public static async Task<IReadOnlyList<CapturedText>> ReadAllAsync(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues)
    {
        var found = new List<CapturedText>();
        await foreach (var table in tables.QueryAsync())
        {
            var client = tables.GetTableClient(table.Name);
            await foreach (var entity in client.QueryAsync<TableEntity>())
            {
                found.AddRange(Entity(table.Name, entity));
            }
        }

        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Traits = Azure.Storage.Blobs.Models.BlobTraits.Metadata }))
            {
                var where = $"blob {container.Name}/{blob.Name}";
                found.Add(new CapturedText(where + " (name, metadata)", blob.Name + " " + string.Join(" ", blob.Metadata.Select(m => m.Key + "=" + m.Value))));
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                found.Add(new CapturedText(where, Decode(content)));
            }
        }

        await foreach (var queue in queues.GetQueuesAsync())
        {
            var messages = (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value;
            foreach (var message in messages)
            {
                var text = message.Body.ToString();
                found.Add(new CapturedText($"queue {queue.Name}/{message.MessageId}", text + " " + Base64Text(text)));
            }
        }

        return found;
    }

    private static IEnumerable<CapturedText> Entity(string table, TableEntity entity)
    {
        var where = $"table {table}/{entity.PartitionKey}/{entity.RowKey}";
        var chunks = new Dictionary<string, SortedDictionary<int, byte[]>>(StringComparer.Ordinal);
        foreach (var (name, value) in entity)
        {
            var bytes = value switch
            {
                byte[] b => b,
                BinaryData d => d.ToArray(),
                _ => null,
            };
            if (bytes is null)
            {
                yield return new CapturedText($"{where}.{name}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                continue;
            }

            yield return new CapturedText($"{where}.{name}", Decode(bytes));
            if (ChunkName().Match(name) is { Success: true } chunk)
            {
                var group = chunks.TryGetValue(chunk.Groups[1].Value, out var existing) ? existing : chunks[chunk.Groups[1].Value] = [];
                group[int.Parse(chunk.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)] = bytes;
            }
        }

        foreach (var (prefix, parts) in chunks)
        {
            yield return new CapturedText($"{where}.{prefix}Z* (reassembled)", Decode([.. parts.Values.SelectMany(part => part)]));
        }
    }

    /// <summary>The bytes as UTF-8, gunzipped first when they are gzip.</summary>
    private static string Decode(byte[] bytes)
    {
        if (bytes is [0x1f, 0x8b, ..])
        {
            try
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, Encoding.UTF8);
                return reader.ReadToEnd();
            }
            catch (InvalidDataException)
            {
                // not whole gzip after all: scan the raw bytes
            }
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string Base64Text(string text)
    {
        try
        {
            return Decode(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }

    [GeneratedRegex("^(.*)Z([0-9]+)$")]
    private static partial Regex ChunkName();
}
