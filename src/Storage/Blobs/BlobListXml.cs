using System.Globalization;
using System.Xml.Linq;
using Azure;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

/// <summary>
/// Reads a List Blobs response (https://learn.microsoft.com/rest/api/storageservices/list-blobs): the blobs and the
/// <c>NextMarker</c>, loaded through <see cref="StorageXml"/> (no DTDs; malformed XML is a <see cref="RequestFailedException"/>).
/// </summary>
internal static class BlobListXml
{
    public static (List<BlobItem> Items, string? NextMarker) Parse(Response response)
    {
        var root = StorageXml.LoadRoot(response, "EnumerationResults", "List Blobs");
        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            items.Add(ParseBlob(blob));
        }

        var next = root.Element("NextMarker")?.Value;
        return (items, string.IsNullOrEmpty(next) ? null : next);
    }

    private static BlobItem ParseBlob(XElement blob)
    {
        var nameElement = blob.Element("Name");
        var name = nameElement?.Value ?? string.Empty;
        if ((string?)nameElement?.Attribute("Encoded") == "true")
        {
            name = Uri.UnescapeDataString(name); // Names with characters XML cannot carry come percent-encoded.
        }

        var properties = blob.Element("Properties");
        string? Property(string propertyName) => properties?.Element(propertyName)?.Value;
        var md5Text = Property("Content-MD5");
        byte[]? md5 = null;
        if (!string.IsNullOrEmpty(md5Text))
        {
            var buffer = new byte[md5Text.Length];
            md5 = Convert.TryFromBase64String(md5Text, buffer, out var written) ? buffer[..written] : null;
        }

        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in blob.Element("Metadata")?.Elements() ?? [])
        {
            metadata[entry.Name.LocalName] = entry.Value;
        }

        var contentType = Property("Content-Type");
        return new BlobItem(
            name,
            new BlobProperties(
                long.TryParse(Property("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : 0,
                string.IsNullOrEmpty(contentType) ? null : contentType,
                Property("Etag") is { Length: > 0 } etag ? new ETag(etag) : default,
                StorageResponseHeaders.ParseDate(Property("Last-Modified")) ?? default,
                md5,
                metadata));
    }
}
