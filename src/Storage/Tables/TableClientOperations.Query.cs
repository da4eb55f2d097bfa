using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <content>Queries: every match through the SDK's pages, or one page with its continuation token.</content>
public static partial class TableClientOperations
{
    /// <summary>The service's largest page (and its default).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Every entity matching <paramref name="filter"/> (build it with <see cref="TableFilter"/>), following continuation.
    /// </summary>
    public static AsyncPageable<TableEntity> QueryEntitiesAsync(
        this TableClient table, string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ValidatePageSize(maxPerPage);
        return table.QueryAsync<TableEntity>(filter, maxPerPage, select, cancellationToken);
    }

    /// <summary>
    /// One page of a query, starting at <paramref name="continuationToken"/> (null for the first). The page's token is
    /// null on the last page; otherwise pass it back to resume right after this page. A page may be empty and still carry
    /// a token (the service stops at partition or time boundaries). Tokens wrap the SDK's (base64url, so they are
    /// URL-safe in API cursors); one this method did not produce is refused before any request.
    /// </summary>
    /// <exception cref="ArgumentException">The token was not produced here.</exception>
    public static async Task<Page<TableEntity>> QueryPageAsync(
        this TableClient table,
        string? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ValidatePageSize(maxPerPage);
        string? sdkToken = null;
        if (continuationToken is not null && !TryDecodeContinuation(continuationToken, out sdkToken))
        {
            throw new ArgumentException("The continuation token was not produced by this query.", nameof(continuationToken));
        }

        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage, select, cancellationToken)
                           .AsPages(sdkToken, maxPerPage).ConfigureAwait(false))
        {
            return page.ContinuationToken is null
                ? page
                : Page<TableEntity>.FromValues(page.Values, EncodeContinuation(page.ContinuationToken), page.GetRawResponse());
        }

        throw new InvalidOperationException("The Table service answered a query without a page.");
    }

    /// <summary>Whether <paramref name="token"/> is a continuation token <see cref="QueryPageAsync"/> produced (its shape only).</summary>
    public static bool IsContinuationToken(string? token) => token is not null && TryDecodeContinuation(token, out _);

    private static string EncodeContinuation(string sdkToken) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(sdkToken));

    /// <summary>Decodes a token; false (never an exception) for anything <see cref="EncodeContinuation"/> did not produce.</summary>
    private static bool TryDecodeContinuation(string token, [NotNullWhen(true)] out string? sdkToken)
    {
        sdkToken = null;
        if (token.Length is 0 or > 8192 || !Base64Url.IsValid(token))
        {
            return false;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(token));
            // The SDK's token is "{nextPartitionKey} {nextRowKey}", both opaque service keys.
            if (text.Length == 0 || text[0] == ' ' || text.Count(c => c == ' ') > 1 || text.Any(char.IsControl))
            {
                return false;
            }

            sdkToken = text;
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false;
        }
    }

    private static void ValidatePageSize(int? maxPerPage)
    {
        if (maxPerPage is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage, $"A page holds 1 to {MaxPageSize} entities.");
        }
    }
}
