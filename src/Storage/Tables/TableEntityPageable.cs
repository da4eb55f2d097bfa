using Azure;

namespace JobForge.Storage.Tables;

/// <summary>Pages of a query, fetched lazily and followed by continuation token until the last page.</summary>
internal sealed class TableEntityPageable : AsyncPageable<TableEntity>
{
    private readonly Func<string?, int?, CancellationToken, Task<Page<TableEntity>>> _fetchPage;
    private readonly int? _maxPerPage;

    public TableEntityPageable(
        Func<string?, int?, CancellationToken, Task<Page<TableEntity>>> fetchPage, int? maxPerPage, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        _fetchPage = fetchPage;
        _maxPerPage = maxPerPage;
    }

    public override async IAsyncEnumerable<Page<TableEntity>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var pageSize = pageSizeHint is { } hint ? Math.Clamp(hint, 1, TableClient.MaxPageSize) : _maxPerPage;
        do
        {
            var page = await _fetchPage(continuationToken, pageSize, CancellationToken).ConfigureAwait(false);
            yield return page;
            continuationToken = page.ContinuationToken;
        }
        while (continuationToken is not null);
    }
}
