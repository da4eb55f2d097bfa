using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace JobForge.Storage.Tables;

/// <summary>
/// The opaque continuation token of an entity query: the service's <c>x-ms-continuation-NextPartitionKey</c> and
/// <c>x-ms-continuation-NextRowKey</c> (https://learn.microsoft.com/rest/api/storageservices/query-timeout-and-pagination)
/// joined and base64url-encoded, so it is URL-safe for API cursors. Callers must not look inside.
/// </summary>
internal static class TableContinuationToken
{
    private const char Separator = '\n';

    public static string? Encode(string? nextPartitionKey, string? nextRowKey) =>
        nextPartitionKey is null && nextRowKey is null
            ? null
            : Base64Url.EncodeToString(Encoding.UTF8.GetBytes((nextPartitionKey ?? string.Empty) + Separator + (nextRowKey ?? string.Empty)));

    /// <summary>Decodes a token; false (never an exception) for anything this client did not produce.</summary>
    public static bool TryDecode(string token, [NotNullWhen(true)] out string? nextPartitionKey, [NotNullWhen(true)] out string? nextRowKey)
    {
        nextPartitionKey = nextRowKey = null;
        if (token.Length is 0 or > 8192 || !Base64Url.IsValid(token))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(token));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false;
        }

        var separator = text.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0 || text.IndexOf(Separator, separator + 1) >= 0)
        {
            return false;
        }

        nextPartitionKey = text[..separator];
        nextRowKey = text[(separator + 1)..];
        return true;
    }
}
