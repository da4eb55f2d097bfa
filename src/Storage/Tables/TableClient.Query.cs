using Azure;
using Azure.Core;

namespace JobForge.Storage.Tables;

/// <summary>Entity queries (https://learn.microsoft.com/rest/api/storageservices/query-entities).</summary>
public sealed partial class TableClient
{
    /// <summary>The service's largest page (and its default when <c>$top</c> is not sent).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Every entity matching <paramref name="filter"/>, page by page, following continuation until the service has no more.
    /// Build the filter with <see cref="TableFilter"/> so values cannot inject.
    /// </summary>
    /// <param name="filter">An OData <c>$filter</c>, or null for the whole table.</param>
    /// <param name="select">Properties to return (<c>$select</c>), or null for all.</param>
    /// <param name="maxPerPage">Entities per page, 1 to 1000; null leaves the service default (1000).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
    {
        var selectList = SelectList(select);
        ValidatePageSize(maxPerPage, nameof(maxPerPage));
        return new TableEntityPageable(
            (token, size, ct) => QueryPageCoreAsync(filter, selectList, size, token, ct), maxPerPage, cancellationToken);
    }

    /// <summary>
    /// One page of a query, starting at <paramref name="continuationToken"/> (null for the first page). The page's
    /// <see cref="Page{T}.ContinuationToken"/> is null on the last page; otherwise pass it back to resume exactly after
    /// this page. A page may be empty and still carry a token (the service stops at partition or time boundaries).
    /// </summary>
    /// <exception cref="ArgumentException">The token was not produced by this client, or a selected name is invalid.</exception>
    public Task<Page<TableEntity>> QueryPageAsync(
        string? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        var selectList = SelectList(select);
        ValidatePageSize(maxPerPage, nameof(maxPerPage));
        return QueryPageCoreAsync(filter, selectList, maxPerPage, continuationToken, cancellationToken);
    }

    private async Task<Page<TableEntity>> QueryPageCoreAsync(
        string? filter, string? selectList, int? maxPerPage, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>(5);
        if (!string.IsNullOrEmpty(filter))
        {
            query.Add("$filter=" + Uri.EscapeDataString(filter));
        }

        if (selectList is not null)
        {
            query.Add("$select=" + Uri.EscapeDataString(selectList));
        }

        if (maxPerPage is { } top)
        {
            query.Add("$top=" + top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (continuationToken is not null)
        {
            if (!TableContinuationToken.TryDecode(continuationToken, out var nextPartitionKey, out var nextRowKey))
            {
                throw new ArgumentException("The continuation token is malformed or was not issued by this client.", nameof(continuationToken));
            }

            query.Add("NextPartitionKey=" + Uri.EscapeDataString(nextPartitionKey));
            if (nextRowKey.Length > 0)
            {
                query.Add("NextRowKey=" + Uri.EscapeDataString(nextRowKey));
            }
        }

        var url = _endpoint + "/" + Name + "()" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        using var message = TableRequests.Create(_pipeline, RequestMethod.Get, url);
        var response = await _pipeline.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);

        var entities = new List<TableEntity>();
        using (var document = ParseJson(response))
        {
            if (document.RootElement.TryGetProperty("value", out var values))
            {
                foreach (var element in values.EnumerateArray())
                {
                    entities.Add(TableEntityJson.Read(element));
                }
            }
        }

        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartition);
        response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRow);
        return Page<TableEntity>.FromValues(entities, TableContinuationToken.Encode(nextPartition, nextRow), response);
    }

    private static void ValidatePageSize(int? maxPerPage, string parameterName)
    {
        if (maxPerPage is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(parameterName, maxPerPage, $"A page holds 1 to {MaxPageSize} entities.");
        }
    }
}
