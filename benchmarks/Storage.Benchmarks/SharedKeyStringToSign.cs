using System.Text;

namespace JobForge.Storage.Benchmarks;

/// <summary>
/// Builds the Shared Key string-to-sign of the Blob, Queue and Table services, exactly as
/// https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key specifies.
/// The raw-HTTP floor signs its own requests (the official clients sign theirs): moved here from src/Storage when
/// the hand-written clients were replaced (ADR 0002).
/// </summary>
internal static class SharedKeyStringToSign
{
    /// <summary>
    /// Blob and Queue services (version 2015-02-21 and later):
    /// VERB, Content-Encoding, Content-Language, Content-Length (empty when 0), Content-MD5, Content-Type, Date,
    /// If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since, Range, each followed by a newline, then the
    /// canonicalized <c>x-ms-</c> headers and the canonicalized resource.
    /// </summary>
    /// <param name="method">The HTTP verb.</param>
    /// <param name="uri">The full request URI, path and query still percent-encoded as sent.</param>
    /// <param name="accountName">The account whose key signs.</param>
    /// <param name="contentLength">The body length; 0 or null signs as empty.</param>
    /// <param name="headers">Request headers; names are compared case-insensitively.</param>
    public static string ForBlobOrQueue(
        string method, Uri uri, string accountName, long? contentLength, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var standard = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var canonicalHeaders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            if (name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                var lower = name.ToLowerInvariant();
                canonicalHeaders[lower] = canonicalHeaders.TryGetValue(lower, out var existing)
                    ? existing + "," + value.Trim()
                    : value.Trim();
            }
            else
            {
                standard[name] = value;
            }
        }

        var builder = new StringBuilder(256);
        builder.Append(method.ToUpperInvariant()).Append('\n');
        builder.Append(standard.GetValueOrDefault("Content-Encoding")).Append('\n');
        builder.Append(standard.GetValueOrDefault("Content-Language")).Append('\n');
        builder.Append(contentLength is > 0 ? contentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty).Append('\n');
        builder.Append(standard.GetValueOrDefault("Content-MD5")).Append('\n');
        builder.Append(standard.GetValueOrDefault("Content-Type")).Append('\n');
        // Date stays empty: every request carries x-ms-date, which takes its place among the canonical headers.
        builder.Append(canonicalHeaders.ContainsKey("x-ms-date") ? string.Empty : standard.GetValueOrDefault("Date")).Append('\n');
        builder.Append(standard.GetValueOrDefault("If-Modified-Since")).Append('\n');
        builder.Append(standard.GetValueOrDefault("If-Match")).Append('\n');
        builder.Append(standard.GetValueOrDefault("If-None-Match")).Append('\n');
        builder.Append(standard.GetValueOrDefault("If-Unmodified-Since")).Append('\n');
        builder.Append(standard.GetValueOrDefault("Range")).Append('\n');
        foreach (var (name, value) in canonicalHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        AppendResourcePath(builder, uri, accountName);
        var query = ParseQuery(uri.Query);
        foreach (var (name, values) in query)
        {
            values.Sort(StringComparer.Ordinal);
            builder.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Table service (Shared Key, not Shared Key Lite): VERB, Content-MD5, Content-Type, Date (the x-ms-date value),
    /// each followed by a newline, then the canonicalized resource with only the <c>comp</c> query parameter.
    /// </summary>
    public static string ForTable(string method, Uri uri, string accountName, IEnumerable<KeyValuePair<string, string>> headers)
    {
        string? contentMd5 = null, contentType = null, date = null, msDate = null;
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Content-MD5", StringComparison.OrdinalIgnoreCase)) contentMd5 = value;
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = value;
            else if (name.Equals("Date", StringComparison.OrdinalIgnoreCase)) date = value;
            else if (name.Equals("x-ms-date", StringComparison.OrdinalIgnoreCase)) msDate = value;
        }

        var builder = new StringBuilder(192);
        builder.Append(method.ToUpperInvariant()).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append(msDate ?? date).Append('\n');
        AppendResourcePath(builder, uri, accountName);
        if (ParseQuery(uri.Query).TryGetValue("comp", out var comp))
        {
            builder.Append("?comp=").Append(comp[0]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// "/" + account + the encoded URI path. Against Azurite the path itself starts with the account name
    /// (path-style URLs), so the account appears twice — exactly what Azurite and the Azure SDK sign.
    /// </summary>
    private static void AppendResourcePath(StringBuilder builder, Uri uri, string accountName)
    {
        builder.Append('/').Append(accountName);
        var path = uri.AbsolutePath;
        builder.Append(path.Length > 0 ? path : "/");
    }

    /// <summary>Query parameters with lowercased names (sorted) and decoded values.</summary>
    private static SortedDictionary<string, List<string>> ParseQuery(string query)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(query))
        {
            return result;
        }

        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!result.TryGetValue(name, out var values))
            {
                result[name] = values = [];
            }

            values.Add(value);
        }

        return result;
    }
}
