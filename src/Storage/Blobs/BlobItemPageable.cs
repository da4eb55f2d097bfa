using Azure;

namespace JobForge.Storage.Blobs;

/// <summary>List Blobs as an Azure.Core <see cref="AsyncPageable{T}"/>: one request per page, lazily, until no <c>NextMarker</c>.</summary>
internal sealed class BlobItemPageable(
    BlobContainerClient container, string? prefix, int? defaultPageSize, bool includeMetadata, CancellationToken cancellationToken)
    : AsyncPageable<BlobItem>(cancellationToken)
{
    public override async IAsyncEnumerable<Page<BlobItem>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var size = pageSizeHint ?? defaultPageSize;
        var token = continuationToken;
        do
        {
            var page = await container.GetBlobsPageAsync(prefix, token, size, includeMetadata, CancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token));
    }
}
