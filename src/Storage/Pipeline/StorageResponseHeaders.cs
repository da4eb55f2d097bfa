using System.Globalization;
using Azure;
using Azure.Core;

namespace JobForge.Storage.Pipeline;

/// <summary>Typed reads of the storage response headers the Blob and Queue clients return.</summary>
internal static class StorageResponseHeaders
{
    /// <summary>The RFC 1123 date in header <paramref name="name"/>, or null when absent or malformed.</summary>
    public static DateTimeOffset? GetDate(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) ? ParseDate(value) : null;

    /// <summary>Parses an RFC 1123 date as the services write it (<c>Tue, 01 Dec 2026 07:23:18 GMT</c>).</summary>
    public static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParseExact(
            value, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;

    /// <summary>The ETag, or the default (empty) ETag when the response has none.</summary>
    public static ETag GetETag(Response response) => response.Headers.ETag ?? default;

    /// <summary>The base64 header <paramref name="name"/> decoded, or null when absent or not base64.</summary>
    public static byte[]? GetBase64(Response response, string name)
    {
        if (!response.Headers.TryGetValue(name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>The integer header <paramref name="name"/>, or null.</summary>
    public static long? GetInt64(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>The <c>x-ms-meta-*</c> headers, names without the prefix, compared case-insensitively.</summary>
    public static IReadOnlyDictionary<string, string> GetMetadata(Response response)
    {
        const string prefix = "x-ms-meta-";
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HttpHeader header in response.Headers)
        {
            if (header.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[prefix.Length..]] = header.Value;
            }
        }

        return metadata;
    }
}
